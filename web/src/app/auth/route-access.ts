import { Role } from './roles';

/**
 * Which roles may open which part of the console. The route guards and the navigation read
 * this one table; the API is the authority and refuses what a role may not do anyway.
 */
export const ACCESS = {
  links: [Role.NetworkOperator, Role.ResourceAllocator, Role.Manager, Role.SystemAdmin],
  ipam: [Role.NetworkOperator, Role.ResourceAllocator, Role.Manager],
  cloud: [Role.ResourceAllocator, Role.Manager],
  consolidation: [Role.NetworkOperator, Role.ResourceAllocator, Role.Manager],
  alerts: [Role.NetworkOperator, Role.Manager],
  reports: [Role.NetworkOperator, Role.ResourceAllocator, Role.Manager],
  adminAccounts: [Role.SystemAdmin, Role.SecurityAdmin],
  adminSessions: [Role.SystemAdmin, Role.SecurityAdmin],
  securityPolicy: [Role.SecurityAdmin],
  audit: [Role.AuditAdmin],
} as const satisfies Record<string, readonly Role[]>;

export type AccessArea = keyof typeof ACCESS;

/** Every signed-in account has its own password and sessions pages. */
export const OWN_ACCOUNT_HOME = '/account/sessions';

/** Where an account lands after sign-in, in the order the navigation lists the areas. */
const HOME_PAGES: readonly { path: string; area: AccessArea }[] = [
  { path: '/links/overview', area: 'links' },
  { path: '/admin/accounts', area: 'adminAccounts' },
  { path: '/audit', area: 'audit' },
];

/** URL prefixes of the areas, longest first, to tell whether a returnUrl is worth following. */
const AREA_PREFIXES: readonly { prefix: string; area: AccessArea }[] = [
  { prefix: '/admin/security-policy', area: 'securityPolicy' },
  { prefix: '/admin/accounts', area: 'adminAccounts' },
  { prefix: '/admin/sessions', area: 'adminSessions' },
  { prefix: '/links', area: 'links' },
  { prefix: '/audit', area: 'audit' },
  { prefix: '/ipam', area: 'ipam' },
  { prefix: '/cloud', area: 'cloud' },
  { prefix: '/consolidation', area: 'consolidation' },
  { prefix: '/alerts', area: 'alerts' },
  { prefix: '/reports', area: 'reports' },
];

export function mayAccess(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

/** Whether the roles may open a path; paths outside every area (own account pages) are open. */
export function mayOpenPath(roles: readonly Role[], url: string): boolean {
  const path = url.split(/[?#]/)[0];
  const match = AREA_PREFIXES.find(
    ({ prefix }) => path === prefix || path.startsWith(`${prefix}/`),
  );
  return match ? mayAccess(roles, ACCESS[match.area]) : true;
}

/** The first page the roles can see; an account without roles still has its own pages. */
export function homePathFor(roles: readonly Role[]): string {
  return HOME_PAGES.find(({ area }) => mayAccess(roles, ACCESS[area]))?.path ?? OWN_ACCOUNT_HOME;
}
