import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import { toSessionRows } from '../../auth/auth-api';
import type { SessionInfo } from '../../auth/auth-api.types';

/** `/api/admin/sessions`: every account's sessions, for the system and security admins. */
@Injectable({ providedIn: 'root' })
export class AdminSessionsApi {
  private readonly http = inject(HttpClient);

  list(accountId: number | null): Observable<SessionInfo[]> {
    const params: Record<string, string> =
      accountId === null ? {} : { accountId: String(accountId) };
    return this.http
      .get<Parameters<typeof toSessionRows>[0]>('/api/admin/sessions', { params })
      .pipe(map(toSessionRows));
  }

  end(id: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/sessions/${encodeURIComponent(id)}`);
  }
}
