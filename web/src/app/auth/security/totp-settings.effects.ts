import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { type Observable, catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { fieldErrorsAt, toApiFieldErrors } from '../../api-errors/api-field-errors';
import { AuthApi } from '../auth-api';
import type { SessionAnswer } from '../auth-api.types';
import { SessionNotices } from '../session-notices';
import { TwoFactorApiActions, TwoFactorPageActions } from './totp-settings.actions';

/** The account as the server now sees it; null when that read failed (the change still stands). */
function sessionAfterChange(api: AuthApi): Observable<SessionAnswer | null> {
  return api.session().pipe(catchError(() => of(null)));
}

export const startTotpEnrolment = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(TwoFactorPageActions.startClicked),
      exhaustMap(() =>
        api.startOwnTotpEnrolment().pipe(
          map((enrolment) => TwoFactorApiActions.secretCreated({ enrolment })),
          catchError((error: unknown) =>
            of(TwoFactorApiActions.secretFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmTotpEnrolment = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(TwoFactorPageActions.codeSubmitted),
      exhaustMap(({ code }) =>
        api.confirmOwnTotp(code).pipe(
          switchMap(() => sessionAfterChange(api)),
          map((session) => TwoFactorApiActions.totpEnabled({ session })),
          catchError((error: unknown) =>
            of(
              TwoFactorApiActions.enrolmentFailed({
                error: toApiError(error),
                fields: fieldErrorsAt(toApiFieldErrors(error), 'code'),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const disableTotp = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(TwoFactorPageActions.disableSubmitted),
      exhaustMap(({ password }) =>
        api.disableOwnTotp(password).pipe(
          switchMap(() => sessionAfterChange(api)),
          map((session) => TwoFactorApiActions.totpDisabled({ session })),
          catchError((error: unknown) =>
            of(TwoFactorApiActions.disableFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const notifyTotpChange = createEffect(
  (actions$ = inject(Actions), notices = inject(SessionNotices)) => {
    return actions$.pipe(
      ofType(TwoFactorApiActions.totpEnabled, TwoFactorApiActions.totpDisabled),
      tap((action) =>
        action.type === TwoFactorApiActions.totpEnabled.type
          ? notices.totpEnabled()
          : notices.totpDisabled(),
      ),
    );
  },
  { functional: true, dispatch: false },
);
