import { ADMIN_DUTIES, Permission, Role } from './choices';

/**
 * Who may do what. Least privilege: the audit admin reads only the audit trail, the security
 * admin sees accounts, policy and sessions but no network data, and the system admin, who
 * runs the console, cannot read the audit trail that records what the admins did.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.NetworkOperator]: [
    Permission.LinksRead,
    Permission.NodesWrite,
    Permission.AlertsAcknowledge,
  ],
  [Role.ResourceAllocator]: [Permission.LinksRead],
  [Role.Manager]: [Permission.LinksRead],
  [Role.SystemAdmin]: [
    Permission.LinksRead,
    Permission.NodesWrite,
    Permission.TierPoliciesWrite,
    Permission.AlertsAcknowledge,
    Permission.AlertRulesWrite,
    Permission.AccountsRead,
    Permission.AccountsManage,
    // Only within the bootstrap rule of rolesGrantableBy: the first security and audit admins.
    Permission.RolesAssign,
    Permission.SessionsManage,
  ],
  [Role.SecurityAdmin]: [
    Permission.AccountsRead,
    Permission.RolesAssign,
    Permission.ScopesAssign,
    Permission.AccountsUnlock,
    Permission.SecurityPolicyManage,
    Permission.SessionsManage,
  ],
  [Role.AuditAdmin]: [Permission.AuditRead],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => (ROLE_PERMISSIONS[role] ?? []).includes(permission));
}

export function isAdminDuty(role: Role): boolean {
  return ADMIN_DUTIES.includes(role);
}

/** The admin duties among the roles; more than one breaks the separation of duties. */
export function adminDutiesOf(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].filter(isAdminDuty);
}

export function holdsTwoAdminDuties(roles: readonly Role[]): boolean {
  return adminDutiesOf(roles).length > 1;
}

/** Admins must sign in with TOTP; everyone else may choose to. */
export function requiresTotp(roles: readonly Role[]): boolean {
  return adminDutiesOf(roles).length > 0;
}

/** Whether an active account already holds the security or audit duty. */
export interface DutyHolders {
  hasActiveSecurityAdmin: boolean;
  hasActiveAuditAdmin: boolean;
}

/**
 * Roles an actor may grant or take away. The security admin assigns every role. The system
 * admin may only hand out the security and audit duties while nobody active holds them: the
 * bootstrap of 三员分立 on a fresh install, after which the security admin takes over.
 */
export function rolesGrantableBy(actorRoles: readonly Role[], holders: DutyHolders): Set<Role> {
  if (actorRoles.includes(Role.SecurityAdmin)) return new Set(Object.values(Role));
  const grantable = new Set<Role>();
  if (actorRoles.includes(Role.SystemAdmin)) {
    if (!holders.hasActiveSecurityAdmin) grantable.add(Role.SecurityAdmin);
    if (!holders.hasActiveAuditAdmin) grantable.add(Role.AuditAdmin);
  }
  return grantable;
}

/** The roles a change adds or removes that the actor may not grant; empty when allowed. */
export function ungrantableChanges(
  actorRoles: readonly Role[],
  holders: DutyHolders,
  current: readonly Role[],
  requested: readonly Role[],
): Role[] {
  const grantable = rolesGrantableBy(actorRoles, holders);
  const added = requested.filter((role) => !current.includes(role));
  const removed = current.filter((role) => !requested.includes(role));
  return [...new Set([...added, ...removed])].filter((role) => !grantable.has(role));
}
