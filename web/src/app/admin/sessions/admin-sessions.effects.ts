import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { ActionFailureNotifier } from '../../api-errors/action-failure-notifier';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { AdminSessionsApi } from './admin-sessions-api';
import { AdminSessionsApiActions, AdminSessionsPageActions } from './admin-sessions.actions';
import { adminSessionsFeature } from './admin-sessions.feature';

export const loadAdminSessions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AdminSessionsApi)) => {
    return actions$.pipe(
      ofType(AdminSessionsPageActions.opened, AdminSessionsPageActions.retryClicked),
      concatLatestFrom(() => store.select(adminSessionsFeature.selectAccountId)),
      switchMap(([, accountId]) =>
        api.list(accountId).pipe(
          map((sessions) => AdminSessionsApiActions.sessionsLoaded({ sessions })),
          catchError((error: unknown) =>
            of(AdminSessionsApiActions.sessionsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const endAdminSession = createEffect(
  (actions$ = inject(Actions), api = inject(AdminSessionsApi)) => {
    return actions$.pipe(
      ofType(AdminSessionsPageActions.endClicked),
      mergeMap(({ sessionId }) =>
        api.end(sessionId).pipe(
          map(() => AdminSessionsApiActions.sessionEnded({ sessionId })),
          catchError((error: unknown) =>
            of(AdminSessionsApiActions.sessionEndFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const notifyAdminSessionsFailure = createEffect(
  (
    actions$ = inject(Actions),
    loadNotifier = inject(LoadFailureNotifier),
    actionNotifier = inject(ActionFailureNotifier),
  ) => {
    return actions$.pipe(
      ofType(AdminSessionsApiActions.sessionsLoadFailed, AdminSessionsApiActions.sessionEndFailed),
      tap((action) =>
        action.type === AdminSessionsApiActions.sessionsLoadFailed.type
          ? loadNotifier.notify(action.error)
          : actionNotifier.notify(action.error),
      ),
    );
  },
  { functional: true, dispatch: false },
);
