import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { fieldErrorsAt, toApiFieldErrors } from '../../api-errors/api-field-errors';
import { AuthApi } from '../auth-api';
import { authFeature } from '../auth.feature';
import { SessionNotices } from '../session-notices';
import { PasswordApiActions, PasswordPageActions } from './password.actions';

export const changePassword = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(PasswordPageActions.changeSubmitted),
      concatLatestFrom(() => store.select(authFeature.selectMustChangePassword)),
      exhaustMap(([{ currentPassword, newPassword }, wasForced]) =>
        api.changePassword(currentPassword, newPassword).pipe(
          switchMap(() =>
            api.session().pipe(
              map((session) => PasswordApiActions.passwordChanged({ session, wasForced })),
              catchError(() =>
                of(PasswordApiActions.passwordChanged({ session: null, wasForced })),
              ),
            ),
          ),
          catchError((error: unknown) =>
            of(
              PasswordApiActions.passwordChangeFailed({
                error: toApiError(error),
                unmetRules: fieldErrorsAt(toApiFieldErrors(error), 'newPassword'),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The rules are read when the page opens; without them the form shows the policy floor. */
export const loadPasswordPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(PasswordPageActions.opened),
      switchMap(() =>
        api.passwordPolicy().pipe(
          map((policy) => PasswordApiActions.policyLoaded({ policy })),
          catchError((error: unknown) =>
            of(PasswordApiActions.policyLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** After a forced change the console opens; after a voluntary one the user is told. */
export const continueAfterPasswordChange = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    router = inject(Router),
    notices = inject(SessionNotices),
  ) => {
    return actions$.pipe(
      ofType(PasswordApiActions.passwordChanged),
      concatLatestFrom(() => store.select(authFeature.selectPathAfterSignIn)),
      tap(([{ wasForced }, path]) => {
        notices.passwordChanged();
        if (wasForced) {
          void router.navigateByUrl(path);
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
