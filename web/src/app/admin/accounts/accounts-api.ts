import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type { Role } from '../../auth/roles';
import type { UnitLevel } from '../../links/links-choices';
import type {
  AccountDraft,
  AccountPage,
  CreatedAccount,
  ScopeChange,
  ScopeUnit,
} from './accounts-api.types';
import { type AccountQuery, toAccountRequestParams } from './accounts-query';

const BASE = '/api/admin/accounts';

/**
 * `/api/admin/accounts` (the system admin creates, disables and resets; the security admin
 * assigns roles and scope, unlocks and resets TOTP) and `/api/admin/units` for the scope picker.
 */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  list(query: AccountQuery): Observable<AccountPage> {
    return this.http.get<AccountPage>(BASE, { params: toAccountRequestParams(query) });
  }

  create(draft: AccountDraft): Observable<CreatedAccount> {
    // Optional fields are sent only when set: the system admin grants roles only at first set-up.
    return this.http.post<CreatedAccount>(BASE, {
      username: draft.username,
      displayName: draft.displayName,
      ...(draft.roles.length ? { roles: draft.roles } : {}),
      ...(draft.scopeUnitCode ? { scopeUnitCode: draft.scopeUnitCode } : {}),
      ...(draft.scopeDepartmentCodes.length
        ? { scopeDepartmentCodes: draft.scopeDepartmentCodes }
        : {}),
    });
  }

  setDisabled(id: number, isDisabled: boolean): Observable<unknown> {
    return this.http.patch(`${BASE}/${id}`, { isDisabled });
  }

  resetPassword(id: number): Observable<{ oneTimePassword: string }> {
    return this.http.post<{ oneTimePassword: string }>(`${BASE}/${id}/reset-password`, {});
  }

  setRoles(id: number, roles: Role[]): Observable<unknown> {
    return this.http.put(`${BASE}/${id}/roles`, { roles });
  }

  setScope(id: number, scope: ScopeChange): Observable<unknown> {
    return this.http.put(`${BASE}/${id}/scope`, scope);
  }

  unlock(id: number): Observable<unknown> {
    return this.http.post(`${BASE}/${id}/unlock`, {});
  }

  /** Forgets a lost second factor; the account enrols a new one. */
  resetTotp(id: number): Observable<unknown> {
    return this.http.post(`${BASE}/${id}/reset-totp`, {});
  }

  /** Units to choose a scope from: name contains or code starts with `q` (at most 50). */
  findUnits(filter: { q?: string; level?: UnitLevel }): Observable<ScopeUnit[]> {
    const params: Record<string, string> = {};
    if (filter.q) params['q'] = filter.q;
    if (filter.level) params['level'] = filter.level;
    return this.http
      .get<{ items: ScopeUnit[] }>('/api/admin/units', { params })
      .pipe(map((list) => list.items));
  }
}
