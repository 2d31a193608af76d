import { inject } from '@angular/core';
import type { RedirectFunction, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { authFeature } from '../auth/auth.feature';
import { canMatchRoles } from '../auth/role-guards';
import { Role } from '../auth/roles';
import { provideLinksCharts } from './echarts.providers';
import { PROVINCE_CODE } from './links-choices';
import { OverviewPage } from './overview/overview-page';
import * as overviewEffects from './overview/overview.effects';
import { overviewFeature } from './overview/overview.feature';
import { UnitDrilldownPage } from './unit-drilldown/unit-drilldown-page';
import * as unitDrilldownEffects from './unit-drilldown/unit-drilldown.effects';
import { unitDrilldownFeature } from './unit-drilldown/unit-drilldown.feature';
import { UplinkDetailPage } from './uplink-detail/uplink-detail-page';
import * as uplinkDetailEffects from './uplink-detail/uplink-detail.effects';
import { uplinkDetailFeature } from './uplink-detail/uplink-detail.feature';
import { UplinkListPage } from './uplinks/uplink-list-page';
import { AlertListPage } from './alerts/alert-list-page';
import { AlertRulesPage } from './alerts/alert-rules-page';
import * as alertRulesEffects from './alerts/alert-rules.effects';
import { alertRulesFeature } from './alerts/alert-rules.feature';
import * as alertsEffects from './alerts/alerts.effects';
import { alertsFeature } from './alerts/alerts.feature';
import { AvailabilityPage } from './availability/availability-page';
import * as availabilityEffects from './availability/availability.effects';
import { availabilityFeature } from './availability/availability.feature';
import { CollectorsPage } from './collectors/collectors-page';
import * as collectorsEffects from './collectors/collectors.effects';
import { collectorsFeature } from './collectors/collectors.feature';
import { NodeDetailPage } from './nodes/node-detail-page';
import * as nodeDetailEffects from './nodes/node-detail.effects';
import { nodeDetailFeature } from './nodes/node-detail.feature';
import { NodeListPage } from './nodes/node-list-page';
import * as nodeListEffects from './nodes/node-list.effects';
import { nodeListFeature } from './nodes/node-list.feature';
import * as uplinksEffects from './uplinks/uplinks.effects';
import { uplinksFeature } from './uplinks/uplinks.feature';

/** Drill-down starts at the account's scope unit: the API refuses units above it. */
const redirectToScopeUnit: RedirectFunction = () => {
  const scope = inject(Store).selectSignal(authFeature.selectScopeUnitCode)();
  return `/links/units/${scope ?? PROVINCE_CODE}`;
};

/** The links domain (extranet uplinks and their tiers), lazy-loaded under `/links`. */
export const linksRoutes: Routes = [
  {
    path: '',
    providers: [provideLinksCharts()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        component: OverviewPage,
        title: 'links.overview.title',
        providers: [provideState(overviewFeature), provideEffects(overviewEffects)],
      },
      {
        path: 'uplinks',
        component: UplinkListPage,
        title: 'links.uplinks.title',
        providers: [provideState(uplinksFeature), provideEffects(uplinksEffects)],
      },
      {
        path: 'uplinks/:id',
        component: UplinkDetailPage,
        title: 'links.detail.title',
        providers: [provideState(uplinkDetailFeature), provideEffects(uplinkDetailEffects)],
      },
      {
        path: 'alerts',
        component: AlertListPage,
        title: 'alerts.title',
        providers: [provideState(alertsFeature), provideEffects(alertsEffects)],
      },
      {
        path: 'alerts/rules',
        component: AlertRulesPage,
        title: 'alerts.rules.title',
        canMatch: [canMatchRoles([Role.SystemAdmin])],
        providers: [provideState(alertRulesFeature), provideEffects(alertRulesEffects)],
      },
      {
        path: 'availability',
        component: AvailabilityPage,
        title: 'availability.title',
        providers: [provideState(availabilityFeature), provideEffects(availabilityEffects)],
      },
      {
        path: 'collectors',
        component: CollectorsPage,
        title: 'collectors.title',
        providers: [provideState(collectorsFeature), provideEffects(collectorsEffects)],
      },
      {
        path: 'nodes',
        component: NodeListPage,
        title: 'nodes.title',
        providers: [provideState(nodeListFeature), provideEffects(nodeListEffects)],
      },
      {
        path: 'nodes/:id',
        component: NodeDetailPage,
        title: 'nodes.detailTitle',
        providers: [provideState(nodeDetailFeature), provideEffects(nodeDetailEffects)],
      },
      { path: 'units', pathMatch: 'full', redirectTo: redirectToScopeUnit },
      {
        path: 'units/:code',
        component: UnitDrilldownPage,
        title: 'links.units.title',
        providers: [provideState(unitDrilldownFeature), provideEffects(unitDrilldownEffects)],
      },
    ],
  },
];
