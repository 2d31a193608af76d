import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, filter, interval, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { LIVE_REFRESH_INTERVAL_MS, LIVE_TRAFFIC_RANGE } from '../live-refresh';
import { UplinksApi } from '../uplinks/uplinks-api';
import {
  UplinkDetailApiActions,
  UplinkDetailPageActions,
  UplinkDetailTimerActions,
} from './uplink-detail.actions';
import { uplinkDetailFeature } from './uplink-detail.feature';

export const loadUplinkDetail = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(UplinksApi)) => {
    return actions$.pipe(
      ofType(
        UplinkDetailPageActions.opened,
        UplinkDetailPageActions.retryClicked,
        UplinkDetailTimerActions.refreshDue,
      ),
      concatLatestFrom(() => store.select(uplinkDetailFeature.selectSelectedId)),
      map(([, id]) => id),
      filter((id): id is number => id !== null),
      switchMap((id) =>
        api.get(id).pipe(
          map((uplink) => UplinkDetailApiActions.uplinkLoaded({ uplink })),
          catchError((error: unknown) =>
            of(UplinkDetailApiActions.uplinkLoadFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadUplinkTraffic = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(UplinksApi)) => {
    return actions$.pipe(
      ofType(
        UplinkDetailPageActions.opened,
        UplinkDetailPageActions.rangeChanged,
        UplinkDetailPageActions.resolutionChanged,
        UplinkDetailPageActions.retryClicked,
        UplinkDetailTimerActions.refreshDue,
      ),
      concatLatestFrom(() => [
        store.select(uplinkDetailFeature.selectSelectedId),
        store.select(uplinkDetailFeature.selectTrafficRange),
        store.select(uplinkDetailFeature.selectTrafficResolution),
      ]),
      filter(
        ([action, id, range]) =>
          id !== null &&
          (action.type !== UplinkDetailTimerActions.refreshDue.type ||
            range === LIVE_TRAFFIC_RANGE),
      ),
      switchMap(([, id, range, resolution]) => {
        const uplinkId = id as number;
        return api.traffic(uplinkId, range, resolution).pipe(
          map((traffic) =>
            UplinkDetailApiActions.trafficLoaded({ id: uplinkId, range, resolution, traffic }),
          ),
          catchError((error: unknown) =>
            of(
              UplinkDetailApiActions.trafficLoadFailed({ id: uplinkId, error: toApiError(error) }),
            ),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const refreshUplinkDetailPeriodically = createEffect(
  (
    actions$ = inject(Actions),
    document = inject(DOCUMENT),
    intervalMs: number = LIVE_REFRESH_INTERVAL_MS,
  ) => {
    return actions$.pipe(
      ofType(UplinkDetailPageActions.opened, UplinkDetailPageActions.closed),
      switchMap((action) =>
        action.type === UplinkDetailPageActions.closed.type
          ? EMPTY
          : interval(intervalMs).pipe(
              filter(() => !document.hidden),
              map(() => UplinkDetailTimerActions.refreshDue()),
            ),
      ),
    );
  },
  { functional: true },
);

export const notifyUplinkDetailLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(UplinkDetailApiActions.uplinkLoadFailed, UplinkDetailApiActions.trafficLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
