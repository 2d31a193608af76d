import { inject } from '@angular/core';
import type { RedirectFunction, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { authFeature } from '../auth/auth.feature';
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
