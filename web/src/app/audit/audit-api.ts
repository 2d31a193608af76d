import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type { AuditEventPage, ChainVerification } from './audit-api.types';
import { type AuditQuery, toAuditRequestParams } from './audit-query';

interface VerificationBody {
  ok: boolean;
  checked: number;
  firstBrokenId?: number | null;
  reason?: string | null;
}

/** `/api/audit/*`, the audit admin's: the events, and the hash chain's verification. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<AuditEventPage> {
    return this.http.get<AuditEventPage>('/api/audit/events', {
      params: toAuditRequestParams(query),
    });
  }

  /** Walks the whole chain on the server: slow on a large trail. */
  verify(): Observable<ChainVerification> {
    return this.http.get<VerificationBody>('/api/audit/verify').pipe(
      map((body) => ({
        ok: body.ok,
        checked: body.checked,
        firstBrokenId: body.firstBrokenId ?? null,
        reason: body.reason ?? null,
      })),
    );
  }
}
