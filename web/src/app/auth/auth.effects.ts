import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, from, map, of, tap, throttleTime } from 'rxjs';
import { toApiError } from '../api-errors/api-error';
import { AuthApi } from './auth-api';
import { AuthApiActions, SessionInterceptorActions, UserMenuActions } from './auth.actions';
import { safeReturnUrl } from './return-url';
import { SessionNotices } from './session-notices';

/** Several requests may fail at once when a session ends or a page is refused: tell once. */
const NOTICE_THROTTLE_MS = 2000;

export const signOut = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(UserMenuActions.signOutClicked),
      exhaustMap(() =>
        api.signOut().pipe(
          map(() => AuthApiActions.signedOut()),
          catchError((error: unknown) => {
            const apiError = toApiError(error);
            // A session that already ended is as signed out as it gets.
            return of(
              apiError.status === 401
                ? AuthApiActions.signedOut()
                : AuthApiActions.signOutFailed({ error: apiError }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const openSignInPageAfterSignOut = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signedOut),
      tap(() => void router.navigateByUrl('/sign-in')),
    );
  },
  { functional: true, dispatch: false },
);

/** A 401 anywhere: back to sign-in, remembering the page to come back to. */
export const openSignInPageWhenSessionEnds = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notices = inject(SessionNotices)) => {
    return actions$.pipe(
      ofType(SessionInterceptorActions.sessionEnded),
      exhaustMap(() => {
        if (router.url.startsWith('/sign-in')) {
          return of(false);
        }
        notices.sessionExpired();
        const returnUrl = safeReturnUrl(router.url);
        return from(router.navigate(['/sign-in'], { queryParams: returnUrl ? { returnUrl } : {} }));
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const notifyAccessDenied = createEffect(
  (actions$ = inject(Actions), notices = inject(SessionNotices)) => {
    return actions$.pipe(
      ofType(SessionInterceptorActions.accessDenied),
      throttleTime(NOTICE_THROTTLE_MS),
      tap(({ message }) => notices.accessDenied(message)),
    );
  },
  { functional: true, dispatch: false },
);

export const notifySignOutFailure = createEffect(
  (actions$ = inject(Actions), notices = inject(SessionNotices)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signOutFailed),
      tap(({ error }) => notices.signOutFailed(error)),
    );
  },
  { functional: true, dispatch: false },
);
