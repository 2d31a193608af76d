import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, catchError, filter, interval, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { OverviewApiActions, OverviewPageActions, OverviewTimerActions } from './overview.actions';
import { OverviewApi } from './overview-api';

export const loadOverview = createEffect(
  (actions$ = inject(Actions), api = inject(OverviewApi)) => {
    return actions$.pipe(
      ofType(
        OverviewPageActions.opened,
        OverviewPageActions.retryClicked,
        OverviewTimerActions.refreshDue,
      ),
      switchMap(() =>
        api.get().pipe(
          map((overview) => OverviewApiActions.loaded({ overview })),
          catchError((error: unknown) =>
            of(OverviewApiActions.loadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Tallies move with every collector cycle: re-read them while the page is open. */
export const refreshOverviewPeriodically = createEffect(
  (
    actions$ = inject(Actions),
    document = inject(DOCUMENT),
    intervalMs: number = LIVE_REFRESH_INTERVAL_MS,
  ) => {
    return actions$.pipe(
      ofType(OverviewPageActions.opened, OverviewPageActions.closed),
      switchMap((action) =>
        action.type === OverviewPageActions.closed.type
          ? EMPTY
          : interval(intervalMs).pipe(
              filter(() => !document.hidden),
              map(() => OverviewTimerActions.refreshDue()),
            ),
      ),
    );
  },
  { functional: true },
);

export const notifyOverviewLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(OverviewApiActions.loadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
