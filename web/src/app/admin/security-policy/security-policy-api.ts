import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import { type SecurityPolicy, pickPolicy } from './security-policy';

const URL = '/api/admin/security-policy';

/** `/api/admin/security-policy`, the security admin's. */
@Injectable({ providedIn: 'root' })
export class SecurityPolicyApi {
  private readonly http = inject(HttpClient);

  get(): Observable<SecurityPolicy> {
    return this.http.get<SecurityPolicy>(URL).pipe(map(pickPolicy));
  }

  /** Answers with the policy as saved (the one sent, when the API answers without a body). */
  save(policy: SecurityPolicy): Observable<SecurityPolicy> {
    const body = pickPolicy(policy);
    return this.http
      .put<SecurityPolicy | null>(URL, body)
      .pipe(map((saved) => (saved ? pickPolicy(saved) : body)));
  }
}
