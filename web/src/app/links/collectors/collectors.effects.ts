import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, catchError, filter, interval, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { CollectorsApi } from './collectors-api';
import {
  CollectorsApiActions,
  CollectorsPageActions,
  CollectorsTimerActions,
} from './collectors.actions';

export const loadCollectorsStatus = createEffect(
  (actions$ = inject(Actions), api = inject(CollectorsApi)) => {
    return actions$.pipe(
      ofType(
        CollectorsPageActions.opened,
        CollectorsPageActions.retryClicked,
        CollectorsTimerActions.refreshDue,
      ),
      switchMap(() =>
        api.status().pipe(
          map((status) => CollectorsApiActions.statusLoaded({ status })),
          catchError((error: unknown) =>
            of(CollectorsApiActions.statusLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Heartbeats age by the second: re-read while the page is open and the tab visible. */
export const refreshCollectorsPeriodically = createEffect(
  (
    actions$ = inject(Actions),
    document = inject(DOCUMENT),
    intervalMs: number = LIVE_REFRESH_INTERVAL_MS,
  ) => {
    return actions$.pipe(
      ofType(CollectorsPageActions.opened, CollectorsPageActions.closed),
      switchMap((action) =>
        action.type === CollectorsPageActions.closed.type
          ? EMPTY
          : interval(intervalMs).pipe(
              filter(() => !document.hidden),
              map(() => CollectorsTimerActions.refreshDue()),
            ),
      ),
    );
  },
  { functional: true },
);
