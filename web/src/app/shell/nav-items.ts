/** The console's domains, in the order operators use them. Labels are translation keys. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  /** A domain whose pages are not built yet: the link leads to an honest "planned" page. */
  isPlanned: boolean;
  children: readonly NavItem[];
}

export const PLANNED_DOMAINS = [
  'ipam',
  'cloud',
  'consolidation',
  'alerts',
  'reports',
  'admin',
] as const;
export type PlannedDomain = (typeof PLANNED_DOMAINS)[number];

const PLANNED_ICONS: Record<PlannedDomain, string> = {
  ipam: 'lan',
  cloud: 'cloud',
  consolidation: 'merge_type',
  alerts: 'notifications',
  reports: 'assessment',
  admin: 'admin_panel_settings',
};

export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/links',
    labelKey: 'nav.links',
    icon: 'hub',
    isPlanned: false,
    children: [
      {
        path: '/links/overview',
        labelKey: 'nav.overview',
        icon: 'dashboard',
        isPlanned: false,
        children: [],
      },
      {
        path: '/links/uplinks',
        labelKey: 'nav.uplinks',
        icon: 'list',
        isPlanned: false,
        children: [],
      },
      {
        path: '/links/units',
        labelKey: 'nav.units',
        icon: 'account_tree',
        isPlanned: false,
        children: [],
      },
    ],
  },
  ...PLANNED_DOMAINS.map((domain) => ({
    path: `/${domain}`,
    labelKey: `nav.${domain}`,
    icon: PLANNED_ICONS[domain],
    isPlanned: true,
    children: [],
  })),
];
