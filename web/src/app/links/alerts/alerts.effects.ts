import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, exhaustMap, filter, interval, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { AlertDialogs } from './alert-dialogs';
import { AlertsApi } from './alerts-api';
import {
  AlertDialogActions,
  AlertListPageActions,
  AlertListTimerActions,
  AlertsApiActions,
} from './alerts.actions';
import { alertsFeature } from './alerts.feature';

/** Loads the page the query asks for: on opening, filters, sort, paging, retry, refresh, after a save. */
export const loadAlertPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(
        AlertListPageActions.opened,
        AlertListPageActions.filtersChanged,
        AlertListPageActions.sortChanged,
        AlertListPageActions.pageChanged,
        AlertListPageActions.retryClicked,
        AlertListTimerActions.refreshDue,
        AlertsApiActions.acknowledgementSaved,
      ),
      concatLatestFrom(() => store.select(alertsFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query).pipe(
          map((page) => AlertsApiActions.pageLoaded({ page, loadedAt: new Date().toISOString() })),
          catchError((error: unknown) =>
            of(AlertsApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Re-reads the page every interval while it is open and the tab visible. */
export const refreshAlertPagePeriodically = createEffect(
  (
    actions$ = inject(Actions),
    document = inject(DOCUMENT),
    intervalMs: number = LIVE_REFRESH_INTERVAL_MS,
  ) => {
    return actions$.pipe(
      ofType(AlertListPageActions.opened, AlertListPageActions.closed),
      switchMap((action) =>
        action.type === AlertListPageActions.closed.type
          ? EMPTY
          : interval(intervalMs).pipe(
              filter(() => !document.hidden),
              map(() => AlertListTimerActions.refreshDue()),
            ),
      ),
    );
  },
  { functional: true },
);

/** Opens the detail dialog and loads the alert with its history into it. */
export const loadAlertDetail = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi), dialogs = inject(AlertDialogs)) => {
    return actions$.pipe(
      ofType(AlertListPageActions.alertOpened),
      switchMap(({ id }) => {
        dialogs.openDetail();
        return api.get(id).pipe(
          map((alert) => AlertsApiActions.detailLoaded({ alert })),
          catchError((error: unknown) =>
            of(AlertsApiActions.detailLoadFailed({ error: toApiError(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

/** Asks for the comment; a cancelled dialog changes nothing. */
export const askForAcknowledgement = createEffect(
  (actions$ = inject(Actions), dialogs = inject(AlertDialogs)) => {
    return actions$.pipe(
      ofType(AlertListPageActions.acknowledgeClicked, AlertListPageActions.unacknowledgeClicked),
      exhaustMap((action) => {
        const isAcknowledge = action.type === AlertListPageActions.acknowledgeClicked.type;
        return dialogs.askComment(action.alert, isAcknowledge).pipe(
          filter((comment): comment is string => comment !== null),
          map((comment) =>
            isAcknowledge
              ? AlertDialogActions.acknowledgeConfirmed({ id: action.alert.id, comment })
              : AlertDialogActions.unacknowledgeConfirmed({ id: action.alert.id, comment }),
          ),
        );
      }),
    );
  },
  { functional: true },
);

export const saveAcknowledgement = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi), dialogs = inject(AlertDialogs)) => {
    return actions$.pipe(
      ofType(AlertDialogActions.acknowledgeConfirmed, AlertDialogActions.unacknowledgeConfirmed),
      exhaustMap((action) =>
        (action.type === AlertDialogActions.acknowledgeConfirmed.type
          ? api.acknowledge(action.id, action.comment)
          : api.unacknowledge(action.id, action.comment)
        ).pipe(
          map((alert) => {
            dialogs.announceSaved();
            return AlertsApiActions.acknowledgementSaved({ alert });
          }),
          catchError((error: unknown) => {
            const apiError = toApiError(error);
            dialogs.announceFailure(apiError);
            return of(AlertsApiActions.acknowledgementFailed({ error: apiError }));
          }),
        ),
      ),
    );
  },
  { functional: true },
);
