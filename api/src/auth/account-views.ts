import {
  effectiveScope,
  isPasswordExpired,
  passwordExpiresAt,
  requiresTotp,
  type Role,
  type SecurityPolicy,
} from '@extranet/database';
import type { AccountRecord } from './accounts.repository';

export interface ScopeView {
  unitCode: string | null;
  unitName: string | null;
  departmentCodes: string[];
}

/** The signed-in account as the console sees it (`Me` in the contract). */
export interface MeView {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scope: ScopeView;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  passwordExpiresAt: string;
  sessionExpiresAt: string | null;
}

/** An account as the admins list it. */
export interface AdminAccountView {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scope: ScopeView;
  isDisabled: boolean;
  isLocked: boolean;
  lockedUntil: string | null;
  failedSignIns: number;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  passwordChangedAt: string;
  passwordExpiresAt: string;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the audit trail keeps of an account before and after a change: no hash, no secret. */
export interface AuditedAccount {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scopeUnitCode: string | null;
  scopeDepartmentCodes: string[];
  isDisabled: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
}

export type UnitNames = ReadonlyMap<string, string>;

function scopeView(account: AccountRecord, unitNames: UnitNames): ScopeView {
  const scope = effectiveScope(account.scopeUnitCode, account.departmentCodes, account.roles);
  return {
    unitCode: scope.unitCode,
    unitName: scope.unitCode === null ? null : (unitNames.get(scope.unitCode) ?? null),
    departmentCodes: [...account.departmentCodes],
  };
}

/** A forced change: the initial or a reset password, or one older than the policy allows. */
export function mustChangePassword(
  account: AccountRecord,
  policy: SecurityPolicy,
  now: Date,
): boolean {
  return account.mustChangePassword || isPasswordExpired(account.passwordChangedAt, policy, now);
}

export function toMeView(
  account: AccountRecord,
  context: {
    policy: SecurityPolicy;
    now: Date;
    unitNames: UnitNames;
    sessionExpiresAt: Date | null;
  },
): MeView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: [...account.roles],
    scope: scopeView(account, context.unitNames),
    mustChangePassword: mustChangePassword(account, context.policy, context.now),
    totpEnabled: account.totpSecretSealed !== null,
    totpRequired: requiresTotp(account.roles),
    passwordExpiresAt: passwordExpiresAt(account.passwordChangedAt, context.policy).toISOString(),
    sessionExpiresAt: context.sessionExpiresAt?.toISOString() ?? null,
  };
}

export function toAdminAccountView(
  account: AccountRecord,
  context: { policy: SecurityPolicy; now: Date; unitNames: UnitNames },
): AdminAccountView {
  const isLocked =
    account.lockedUntil !== null && account.lockedUntil.getTime() > context.now.getTime();
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: [...account.roles],
    scope: scopeView(account, context.unitNames),
    isDisabled: account.isDisabled,
    isLocked,
    lockedUntil: isLocked ? account.lockedUntil!.toISOString() : null,
    failedSignIns: account.failedSignIns,
    mustChangePassword: mustChangePassword(account, context.policy, context.now),
    totpEnabled: account.totpSecretSealed !== null,
    passwordChangedAt: account.passwordChangedAt.toISOString(),
    passwordExpiresAt: passwordExpiresAt(account.passwordChangedAt, context.policy).toISOString(),
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

export function toAuditedAccount(account: AccountRecord): AuditedAccount {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: [...account.roles],
    scopeUnitCode: account.scopeUnitCode,
    scopeDepartmentCodes: [...account.departmentCodes],
    isDisabled: account.isDisabled,
    mustChangePassword: account.mustChangePassword,
    totpEnabled: account.totpSecretSealed !== null,
    lockedUntil: account.lockedUntil?.toISOString() ?? null,
  };
}
