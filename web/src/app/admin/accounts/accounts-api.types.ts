/** Shapes of `/api/admin/accounts` (docs/CONTRACTS.md, "Auth API"). Times are ISO-8601. */
import type { AccountScope } from '../../auth/auth-api.types';
import type { Role } from '../../auth/roles';
import type { UnitLevel } from '../../links/links-choices';

/** An account as the admins see it; never its password hash or TOTP secret. */
export interface AccountSummary {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scope: AccountScope;
  isDisabled: boolean;
  /** Locked by failed sign-ins, until `lockedUntil` or until the security admin unlocks it. */
  isLocked: boolean;
  lockedUntil: string | null;
  failedSignIns: number;
  /** Initial or reset password not yet changed, or the password is older than the policy allows. */
  mustChangePassword: boolean;
  totpEnabled: boolean;
  passwordChangedAt: string;
  passwordExpiresAt: string;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A unit to choose a scope from (`GET /api/admin/units`), without any network data. */
export interface ScopeUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
}

export interface AccountPage {
  items: AccountSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AccountDraft {
  username: string;
  displayName: string;
  roles: Role[];
  scopeUnitCode: string | null;
  scopeDepartmentCodes: string[];
}

export interface ScopeChange {
  scopeUnitCode: string | null;
  scopeDepartmentCodes: string[];
}

/** The password is shown once, in a dialog, and never kept in the store. */
export interface CreatedAccount {
  account: AccountSummary;
  oneTimePassword: string;
}
