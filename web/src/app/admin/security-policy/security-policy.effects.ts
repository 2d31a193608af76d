import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { TranslocoService } from '@jsverse/transloco';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { toApiFieldErrors } from '../../api-errors/api-field-errors';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { SecurityPolicyApi } from './security-policy-api';
import { SecurityPolicyApiActions, SecurityPolicyPageActions } from './security-policy.actions';

export const loadSecurityPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(SecurityPolicyApi)) => {
    return actions$.pipe(
      ofType(SecurityPolicyPageActions.opened, SecurityPolicyPageActions.retryClicked),
      switchMap(() =>
        api.get().pipe(
          map((policy) => SecurityPolicyApiActions.policyLoaded({ policy })),
          catchError((error: unknown) =>
            of(SecurityPolicyApiActions.policyLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveSecurityPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(SecurityPolicyApi)) => {
    return actions$.pipe(
      ofType(SecurityPolicyPageActions.saveClicked),
      exhaustMap(({ policy }) =>
        api.save(policy).pipe(
          map((saved) => SecurityPolicyApiActions.policySaved({ policy: saved })),
          catchError((error: unknown) =>
            of(
              SecurityPolicyApiActions.policySaveFailed({
                error: toApiError(error),
                fieldErrors: toApiFieldErrors(error),
              }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const announceSecurityPolicySaved = createEffect(
  (
    actions$ = inject(Actions),
    snackBar = inject(MatSnackBar),
    transloco = inject(TranslocoService),
  ) => {
    return actions$.pipe(
      ofType(SecurityPolicyApiActions.policySaved),
      tap(() =>
        snackBar.open(
          transloco.translate('admin.policy.saved'),
          transloco.translate('common.dismiss'),
          { duration: 4000 },
        ),
      ),
    );
  },
  { functional: true, dispatch: false },
);

export const notifySecurityPolicyLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(SecurityPolicyApiActions.policyLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
