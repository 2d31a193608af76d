import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  type Observable,
  catchError,
  concatMap,
  debounceTime,
  exhaustMap,
  filter,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { ActionFailureNotifier } from '../../api-errors/action-failure-notifier';
import { toApiError } from '../../api-errors/api-error';
import { toApiFieldErrors } from '../../api-errors/api-field-errors';
import { Role } from '../../auth/roles';
import { UnitLevel } from '../../links/links-choices';
import { AccountDialogs } from './account-dialogs';
import { SCOPE_UNIT_SEARCH_DEBOUNCE_MS } from './scope-unit-picker';
import {
  AccountDialogActions,
  AccountListPageActions,
  AccountsApiActions,
} from './accounts.actions';
import { AccountsApi } from './accounts-api';
import { accountsFeature } from './accounts.feature';

function changed(accountId: number) {
  return (request$: Observable<unknown>) =>
    request$.pipe(map(() => AccountsApiActions.accountChanged({ accountId })));
}

function failed(error: unknown) {
  return of(
    AccountsApiActions.changeFailed({
      error: toApiError(error),
      fieldErrors: toApiFieldErrors(error),
    }),
  );
}

/** Every change an admin makes, one at a time, in the order they were asked for. */
export const applyAccountChange = createEffect(
  (actions$ = inject(Actions), api = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(
        AccountDialogActions.createSubmitted,
        AccountDialogActions.rolesSubmitted,
        AccountDialogActions.scopeSubmitted,
        AccountDialogActions.disableConfirmed,
        AccountDialogActions.resetPasswordConfirmed,
        AccountDialogActions.resetTotpConfirmed,
        AccountListPageActions.enableClicked,
        AccountListPageActions.unlockClicked,
      ),
      concatMap((action) => {
        switch (action.type) {
          case AccountDialogActions.createSubmitted.type:
            return api.create(action.draft).pipe(
              map((created) => AccountsApiActions.accountCreated(created)),
              catchError(failed),
            );
          case AccountDialogActions.rolesSubmitted.type:
            return api
              .setRoles(action.accountId, action.roles)
              .pipe(changed(action.accountId), catchError(failed));
          case AccountDialogActions.scopeSubmitted.type:
            return api
              .setScope(action.accountId, action.scope)
              .pipe(changed(action.accountId), catchError(failed));
          case AccountDialogActions.resetPasswordConfirmed.type:
            return api.resetPassword(action.account.id).pipe(
              map(({ oneTimePassword }) =>
                AccountsApiActions.passwordReset({ account: action.account, oneTimePassword }),
              ),
              catchError(failed),
            );
          case AccountDialogActions.resetTotpConfirmed.type:
            return api
              .resetTotp(action.account.id)
              .pipe(changed(action.account.id), catchError(failed));
          case AccountListPageActions.unlockClicked.type:
            return api
              .unlock(action.account.id)
              .pipe(changed(action.account.id), catchError(failed));
          default:
            return api
              .setDisabled(
                action.account.id,
                action.type === AccountDialogActions.disableConfirmed.type,
              )
              .pipe(changed(action.account.id), catchError(failed));
        }
      }),
    );
  },
  { functional: true },
);

export const openAccountDialog = createEffect(
  (actions$ = inject(Actions), dialogs = inject(AccountDialogs)) => {
    return actions$.pipe(
      ofType(
        AccountListPageActions.createClicked,
        AccountListPageActions.rolesClicked,
        AccountListPageActions.scopeClicked,
      ),
      tap((action) => {
        if (action.type === AccountListPageActions.createClicked.type) {
          dialogs.openCreate();
        } else if (action.type === AccountListPageActions.rolesClicked.type) {
          dialogs.openRoles(action.account);
        } else {
          dialogs.openScope(action.account);
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** Disabling and resets cannot be taken back (they end sessions, or a second factor): asked first. */
export const confirmDisruptiveChange = createEffect(
  (actions$ = inject(Actions), dialogs = inject(AccountDialogs)) => {
    return actions$.pipe(
      ofType(
        AccountListPageActions.disableClicked,
        AccountListPageActions.resetPasswordClicked,
        AccountListPageActions.resetTotpClicked,
      ),
      exhaustMap(({ type, account }) => {
        const confirmed =
          type === AccountListPageActions.disableClicked.type
            ? { kind: 'disable' as const, event: AccountDialogActions.disableConfirmed }
            : type === AccountListPageActions.resetPasswordClicked.type
              ? {
                  kind: 'resetPassword' as const,
                  event: AccountDialogActions.resetPasswordConfirmed,
                }
              : { kind: 'resetTotp' as const, event: AccountDialogActions.resetTotpConfirmed };
        return dialogs.confirm(confirmed.kind, account).pipe(
          filter(Boolean),
          map(() => confirmed.event({ account })),
        );
      }),
    );
  },
  { functional: true },
);

/** A saved dialog closes; a new one-time password is shown once. */
export const finishAccountChange = createEffect(
  (actions$ = inject(Actions), dialogs = inject(AccountDialogs)) => {
    return actions$.pipe(
      ofType(
        AccountsApiActions.accountCreated,
        AccountsApiActions.passwordReset,
        AccountsApiActions.accountChanged,
      ),
      tap((action) => {
        dialogs.closeAll();
        if (action.type === AccountsApiActions.accountChanged.type) {
          dialogs.announceChange();
        } else {
          dialogs.showOneTimePassword(action.account, action.oneTimePassword);
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** A dialog shows its own error; a change made from the table menu is reported in a snackbar. */
export const notifyAccountChangeFailure = createEffect(
  (
    actions$ = inject(Actions),
    dialog = inject(MatDialog),
    notifier = inject(ActionFailureNotifier),
  ) => {
    return actions$.pipe(
      ofType(AccountsApiActions.changeFailed),
      filter(() => dialog.openDialogs.length === 0),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);

/** The scope picker's search, after a pause in typing; a newer search cancels an older one. */
export const searchScopeUnits = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(AccountsApi),
    debounceMs = SCOPE_UNIT_SEARCH_DEBOUNCE_MS,
  ) => {
    return actions$.pipe(
      ofType(AccountDialogActions.scopeUnitSearchChanged),
      debounceTime(debounceMs),
      filter(({ q }) => q !== ''),
      switchMap(({ q }) =>
        api.findUnits({ q }).pipe(
          map((units) => AccountsApiActions.scopeUnitsFound({ q, units })),
          catchError((error: unknown) =>
            of(AccountsApiActions.scopeUnitSearchFailed({ q, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Provincial departments an allocator may serve, read once per page visit. */
export const loadDepartmentOptions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(AccountDialogActions.scopeDialogOpened),
      filter(({ account }) => account.roles.includes(Role.ResourceAllocator)),
      concatLatestFrom(() => store.select(accountsFeature.selectDepartmentOptions)),
      filter(([, departments]) => departments === null),
      exhaustMap(() =>
        api.findUnits({ level: UnitLevel.Department }).pipe(
          map((departments) => AccountsApiActions.departmentsLoaded({ departments })),
          catchError((error: unknown) =>
            of(AccountsApiActions.departmentsLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
