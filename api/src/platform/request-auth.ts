import { PROVINCE_WIDE, SignInStage, type AccountScope, type Role } from '@extranet/database';
import type { Response } from 'express';
import { AppError } from './app-error';

/** The signed-in account of a request, loaded from the database on every request. */
export interface SignedInAccount {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** The scope in force (departments only for allocators, the province code as null). */
  scope: AccountScope;
  /** An initial, reset or expired password: only the password routes answer until changed. */
  mustChangePassword: boolean;
}

/** What the authentication middleware learnt about a request (`res.locals.auth`). */
export interface AuthState {
  stage: SignInStage;
  account: SignedInAccount | null;
  /** The account a sign-in in progress (TOTP step) belongs to. */
  pendingAccountId: number | null;
  /** The request's session has just ended by timeout: 401 `session_expired`, not `unauthenticated`. */
  isSessionExpired: boolean;
  sessionExpiresAt: Date | null;
}

export const ANONYMOUS: AuthState = {
  stage: SignInStage.Anonymous,
  account: null,
  pendingAccountId: null,
  isSessionExpired: false,
  sessionExpiresAt: null,
};

/** What the audit trail reads from `res.locals.actor` to say who did something. */
export interface AuditActorLocals {
  accountId: number | null;
  username: string | null;
  roles: Role[];
  scopeUnitCode: string | null;
  scopeDepartmentCodes: string[];
}

export function authStateOf(res: Response): AuthState {
  return (res.locals['auth'] as AuthState | undefined) ?? ANONYMOUS;
}

export function setAuthState(res: Response, state: AuthState): void {
  res.locals['auth'] = state;
  const account = state.account;
  const actor: AuditActorLocals | undefined = account
    ? {
        accountId: account.id,
        username: account.username,
        roles: account.roles,
        scopeUnitCode: account.scope.unitCode,
        scopeDepartmentCodes: [...account.scope.departmentCodes],
      }
    : undefined;
  res.locals['actor'] = actor;
}

/** The signed-in account; routes behind a signed-in rule always have one. */
export function signedInAccountOf(res: Response): SignedInAccount {
  const account = authStateOf(res).account;
  if (!account) throw AppError.unauthenticated();
  return account;
}

/** The scope a request runs under; province-wide only for requests without an account. */
export function scopeOf(res: Response): AccountScope {
  return authStateOf(res).account?.scope ?? PROVINCE_WIDE;
}

/** Tells the audit middleware this 403 is an access denial, with the reason to record. */
export function markDenied(res: Response, reason: string): void {
  res.locals['denied'] ??= { reason };
}
