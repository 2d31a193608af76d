/**
 * Roles of the console. The values are defined once, in database/src/auth/choices.ts (a
 * dependency-free file the console compiles too), and used by the database, the API's schemas
 * and the console alike; what follows are console-only derivations. Three roles are the
 * separated admin duties of MLPS level 3 (三员分立): an account holds at most one.
 */
import { ADMIN_DUTIES, ROLES, type Role } from '@extranet/auth-choices';

export { ADMIN_DUTIES, ROLES, Role } from '@extranet/auth-choices';

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAdminDuty(role: Role): boolean {
  return ADMIN_DUTIES.includes(role);
}

/** The API refuses two admin duties on one account; the console refuses them first. */
export function hasConflictingAdminDuties(roles: readonly Role[]): boolean {
  return roles.filter(isAdminDuty).length > 1;
}

/** A role option to grey out: another admin duty is already chosen. */
export function isBlockedByAdminDuty(chosen: readonly Role[], role: Role): boolean {
  return isAdminDuty(role) && !chosen.includes(role) && chosen.some(isAdminDuty);
}
