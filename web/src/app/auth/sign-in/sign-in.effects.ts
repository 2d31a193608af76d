import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { AuthApi } from '../auth-api';
import { AuthApiActions, SessionInterceptorActions, SignInPageActions } from '../auth.actions';
import { authFeature } from '../auth.feature';
import { signInFailure, signInOutcome } from './sign-in-outcome';

/** Sends the step the page submitted; a second click while one is in flight is ignored. */
export const submitSignInStep = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(
        SignInPageActions.credentialsSubmitted,
        SignInPageActions.totpCodeSubmitted,
        SignInPageActions.enrolmentCodeSubmitted,
      ),
      exhaustMap((action) => {
        const request$ =
          action.type === SignInPageActions.credentialsSubmitted.type
            ? api.signIn(action.username, action.password)
            : action.type === SignInPageActions.totpCodeSubmitted.type
              ? api.verifyTotp(action.code)
              : api.confirmTotpEnrolment(action.code);
        return request$.pipe(
          map(signInOutcome),
          catchError((error: unknown) => of(signInFailure(error))),
        );
      }),
    );
  },
  { functional: true },
);

/**
 * The sign-in page re-reads the session: it renews the XSRF cookie the sign-in POST needs (the
 * old one died with the old session) and notices a browser that is in fact still signed in.
 */
export const checkSessionOnSignInPage = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(SignInPageActions.opened),
      switchMap(() =>
        api.session().pipe(
          map((session) => {
            if (!session.authenticated) {
              return AuthApiActions.sessionLoaded({ session });
            }
            return session.account.mustChangePassword
              ? AuthApiActions.passwordChangeRequired({ account: session.account })
              : AuthApiActions.alreadySignedIn({ account: session.account });
          }),
          catchError((error: unknown) =>
            of(AuthApiActions.sessionLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const openPageAfterSignIn = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signedIn, AuthApiActions.alreadySignedIn),
      concatLatestFrom(() => store.select(authFeature.selectPathAfterSignIn)),
      tap(([, path]) => void router.navigateByUrl(path)),
    );
  },
  { functional: true, dispatch: false },
);

/** Until an initial or reset password is changed, the password page is the only page. */
export const openPasswordPage = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(
        AuthApiActions.passwordChangeRequired,
        SessionInterceptorActions.passwordChangeDemanded,
      ),
      tap(() => void router.navigateByUrl('/account/password')),
    );
  },
  { functional: true, dispatch: false },
);
