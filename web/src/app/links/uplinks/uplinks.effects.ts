import { DOCUMENT, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, exhaustMap, filter, interval, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { authFeature } from '../../auth/auth.feature';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import type { UnitDetail, UnitRef } from '../links-api.types';
import { UnitLevel, PROVINCE_CODE } from '../links-choices';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { UnitsApi } from '../unit-drilldown/units-api';
import {
  DEFAULT_UPLINK_QUERY,
  UPLINK_LIST_PATH,
  toUplinkQueryParams,
  withFilters,
  withPage,
  withSort,
} from './uplink-query';
import {
  UplinkListPageActions,
  UplinkListTimerActions,
  UplinksApiActions,
} from './uplinks.actions';
import { UplinksApi } from './uplinks-api';
import { uplinksFeature } from './uplinks.feature';

/** Loads the page the URL asks for, again on retry and on each live refresh. */
export const loadUplinkPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(UplinksApi)) => {
    return actions$.pipe(
      ofType(
        UplinkListPageActions.urlQueryChanged,
        UplinkListPageActions.retryClicked,
        UplinkListTimerActions.refreshDue,
      ),
      concatLatestFrom(() => store.select(uplinksFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query ?? DEFAULT_UPLINK_QUERY).pipe(
          map((page) => UplinksApiActions.pageLoaded({ page, loadedAt: new Date().toISOString() })),
          catchError((error: unknown) =>
            of(UplinksApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Filters, sort and paging change the URL, not the store: the page then reports the new URL
 * query, so a typed URL, a shared link and the back button all take the same path.
 */
export const reflectQueryInUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(
        UplinkListPageActions.filtersChanged,
        UplinkListPageActions.sortChanged,
        UplinkListPageActions.pageChanged,
      ),
      concatLatestFrom(() => store.select(uplinksFeature.selectQuery)),
      map(([action, current]) => {
        const query = current ?? DEFAULT_UPLINK_QUERY;
        switch (action.type) {
          case UplinkListPageActions.filtersChanged.type:
            return withFilters(query, action.filters);
          case UplinkListPageActions.sortChanged.type:
            return withSort(query, action.sort, action.order);
          default:
            return withPage(query, action.page, action.pageSize);
        }
      }),
      tap((query) => {
        void router.navigate([UPLINK_LIST_PATH], { queryParams: toUplinkQueryParams(query) });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** Re-reads the current page every interval while the list is open and the tab visible. */
export const refreshUplinkPagePeriodically = createEffect(
  (
    actions$ = inject(Actions),
    document = inject(DOCUMENT),
    intervalMs: number = LIVE_REFRESH_INTERVAL_MS,
  ) => {
    return actions$.pipe(
      ofType(UplinkListPageActions.urlQueryChanged, UplinkListPageActions.closed),
      switchMap((action) =>
        action.type === UplinkListPageActions.closed.type
          ? EMPTY
          : interval(intervalMs).pipe(
              filter(() => !document.hidden),
              map(() => UplinkListTimerActions.refreshDue()),
            ),
      ),
    );
  },
  { functional: true },
);

/**
 * The city filter offers the city-level units the account may see, read once: the province's
 * cities, or for a scoped account the city its scope lies in (the API refuses units above it).
 */
export const loadCityOptions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), units = inject(UnitsApi)) => {
    return actions$.pipe(
      ofType(UplinkListPageActions.urlQueryChanged),
      concatLatestFrom(() => [
        store.select(uplinksFeature.selectCityOptions),
        store.select(authFeature.selectScopeUnitCode),
      ]),
      filter(([, cities]) => cities === null),
      exhaustMap(([, , scopeUnitCode]) =>
        units.get(scopeUnitCode ?? PROVINCE_CODE).pipe(
          map((unit) =>
            UplinksApiActions.cityOptionsLoaded({
              cities: cityOptionsOf(unit, scopeUnitCode === null),
            }),
          ),
          catchError((error: unknown) =>
            of(UplinksApiActions.cityOptionsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

function cityOptionsOf(unit: UnitDetail, isProvince: boolean): UnitRef[] {
  const cities = isProvince
    ? unit.children.filter((child) => child.level === UnitLevel.City)
    : unit.path.filter((step) => step.level === UnitLevel.City);
  return cities.map(({ code, name, level }) => ({ code, name, level }));
}

export const notifyUplinkLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(UplinksApiActions.pageLoadFailed, UplinksApiActions.cityOptionsLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
