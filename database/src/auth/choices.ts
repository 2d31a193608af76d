/**
 * Choice sets of the auth domain, defined once and used by the database enum, the API's
 * validation schemas and the console (web/src/app/auth/roles.ts mirrors the roles).
 */
export const Role = {
  NetworkOperator: 'network_operator',
  ResourceAllocator: 'resource_allocator',
  Manager: 'manager',
  SystemAdmin: 'system_admin',
  SecurityAdmin: 'security_admin',
  AuditAdmin: 'audit_admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * The separated admin duties of MLPS level 3 (三员分立): system, security and audit admin. An
 * account holds at most one of them, and each of them must sign in with a second factor.
 */
export const ADMIN_DUTIES: readonly Role[] = [
  Role.SystemAdmin,
  Role.SecurityAdmin,
  Role.AuditAdmin,
];

/**
 * What a route may require. Roles map to permissions in role-rules.ts; routes name a permission,
 * never a role, so a new role is one table row and not a search through every router.
 */
export const Permission = {
  /** Overview, units, uplinks, traffic, nodes and tier policies (read), within scope. */
  LinksRead: 'links.read',
  /** Create and change nodes, within scope. */
  NodesWrite: 'nodes.write',
  /** Change tier policies (configuration). */
  TierPoliciesWrite: 'tier_policies.write',
  /** List accounts (both user-managing admins need the list). */
  AccountsRead: 'accounts.read',
  /** Create, disable/enable, reset the password of an account. */
  AccountsManage: 'accounts.manage',
  /** Assign roles (the system admin only while the bootstrap rule allows it). */
  RolesAssign: 'roles.assign',
  /** Assign region and department scope; unlock locked accounts. */
  ScopesAssign: 'scopes.assign',
  AccountsUnlock: 'accounts.unlock',
  /** Read and change the password and session policy profile. */
  SecurityPolicyManage: 'security_policy.manage',
  /** List and end anyone's sessions. */
  SessionsManage: 'sessions.manage',
  /** Read, verify and export the audit trail. */
  AuditRead: 'audit.read',
  /** Acknowledge and un-acknowledge alerts, within scope. */
  AlertsAcknowledge: 'alerts.acknowledge',
  /** Tune alert rules: severity, hysteresis, thresholds, flap damping, webhook (configuration). */
  AlertRulesWrite: 'alert_rules.write',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];
export const PERMISSIONS: readonly Permission[] = Object.values(Permission);

/** Where a sign-in stands; kept in the server-side session, never in the cookie. */
export const SignInStage = {
  /** A visitor with a CSRF token and nothing else. */
  Anonymous: 'anonymous',
  /** Password accepted; the TOTP code is awaited. */
  TotpRequired: 'totp_required',
  /** Password accepted; an admin without TOTP must enrol a second factor first. */
  TotpEnrollmentRequired: 'totp_enrollment_required',
  SignedIn: 'signed_in',
} as const;
export type SignInStage = (typeof SignInStage)[keyof typeof SignInStage];

/** Rules a new password can fail, reported to the client as `fields[].rule`. */
export const PasswordRule = {
  MinLength: 'min_length',
  MaxLength: 'max_length',
  MinClasses: 'min_classes',
  ContainsUsername: 'contains_username',
  Reused: 'reused',
} as const;
export type PasswordRule = (typeof PasswordRule)[keyof typeof PasswordRule];
