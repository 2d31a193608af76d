import { ACCESS } from '../auth/route-access';
import type { Role } from '../auth/roles';

/** The console's domains, in the order operators use them. Labels are translation keys. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  /** A domain whose pages are not built yet: the link leads to an honest "planned" page. */
  isPlanned: boolean;
  /** Roles that see the item; a parent is seen by the roles of any of its children. */
  roles: readonly Role[];
  children: readonly NavItem[];
}

export const PLANNED_DOMAINS = ['ipam', 'cloud', 'consolidation', 'reports'] as const;
export type PlannedDomain = (typeof PLANNED_DOMAINS)[number];

const PLANNED_ICONS: Record<PlannedDomain, string> = {
  ipam: 'lan',
  cloud: 'cloud',
  consolidation: 'merge_type',
  reports: 'assessment',
};

function page(path: string, labelKey: string, icon: string, roles: readonly Role[]): NavItem {
  return { path, labelKey, icon, isPlanned: false, roles, children: [] };
}

function section(path: string, labelKey: string, icon: string, children: NavItem[]): NavItem {
  const roles = [...new Set(children.flatMap((child) => child.roles))];
  return { path, labelKey, icon, isPlanned: false, roles, children };
}

export const NAV_ITEMS: readonly NavItem[] = [
  section('/links', 'nav.links', 'hub', [
    page('/links/overview', 'nav.overview', 'dashboard', ACCESS.links),
    page('/links/uplinks', 'nav.uplinks', 'list', ACCESS.links),
    page('/links/units', 'nav.units', 'account_tree', ACCESS.links),
    page('/links/nodes', 'nav.nodes', 'lan', ACCESS.links),
    page('/links/alerts', 'nav.alerts', 'notifications', ACCESS.links),
    page('/links/availability', 'nav.availability', 'assessment', ACCESS.links),
    page('/links/collectors', 'nav.collectors', 'devices', ACCESS.links),
  ]),
  ...PLANNED_DOMAINS.map((domain): NavItem => ({
    path: `/${domain}`,
    labelKey: `nav.${domain}`,
    icon: PLANNED_ICONS[domain],
    isPlanned: true,
    roles: ACCESS[domain],
    children: [],
  })),
  section('/admin', 'nav.admin', 'admin_panel_settings', [
    page('/admin/accounts', 'nav.accounts', 'manage_accounts', ACCESS.adminAccounts),
    page('/admin/sessions', 'nav.sessions', 'devices', ACCESS.adminSessions),
    page('/admin/security-policy', 'nav.securityPolicy', 'policy', ACCESS.securityPolicy),
  ]),
  page('/audit', 'nav.audit', 'fact_check', ACCESS.audit),
];

/** The navigation an account sees: only what its roles may open (the server checks again). */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const sees = (item: NavItem) => item.roles.some((role) => roles.includes(role));
  return NAV_ITEMS.filter(sees).map((item) => ({ ...item, children: item.children.filter(sees) }));
}
