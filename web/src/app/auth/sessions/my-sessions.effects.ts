import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { ActionFailureNotifier } from '../../api-errors/action-failure-notifier';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { AuthApi } from '../auth-api';
import { MySessionsApiActions, MySessionsPageActions } from './my-sessions.actions';

export const loadMySessions = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(MySessionsPageActions.opened, MySessionsPageActions.retryClicked),
      switchMap(() =>
        api.mySessions().pipe(
          map((sessions) => MySessionsApiActions.sessionsLoaded({ sessions })),
          catchError((error: unknown) =>
            of(MySessionsApiActions.sessionsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const endMySession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(MySessionsPageActions.endClicked),
      mergeMap(({ sessionId }) =>
        api.endMySession(sessionId).pipe(
          map(() => MySessionsApiActions.sessionEnded({ sessionId })),
          catchError((error: unknown) =>
            of(MySessionsApiActions.sessionEndFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const notifyMySessionsFailure = createEffect(
  (
    actions$ = inject(Actions),
    loadNotifier = inject(LoadFailureNotifier),
    actionNotifier = inject(ActionFailureNotifier),
  ) => {
    return actions$.pipe(
      ofType(MySessionsApiActions.sessionsLoadFailed, MySessionsApiActions.sessionEndFailed),
      tap((action) =>
        action.type === MySessionsApiActions.sessionsLoadFailed.type
          ? loadNotifier.notify(action.error)
          : actionNotifier.notify(action.error),
      ),
    );
  },
  { functional: true, dispatch: false },
);
