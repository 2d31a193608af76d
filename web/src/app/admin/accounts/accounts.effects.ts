import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { AccountListPageActions, AccountsApiActions } from './accounts.actions';
import { AccountsApi } from './accounts-api';
import { accountsFeature } from './accounts.feature';
import {
  ACCOUNT_LIST_PATH,
  DEFAULT_ACCOUNT_QUERY,
  toAccountQueryParams,
  withAccountFilters,
} from './accounts-query';

/** Loads the page the URL asks for, again on retry and after every change an admin makes. */
export const loadAccountPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(
        AccountListPageActions.urlQueryChanged,
        AccountListPageActions.retryClicked,
        AccountsApiActions.accountCreated,
        AccountsApiActions.passwordReset,
        AccountsApiActions.accountChanged,
      ),
      concatLatestFrom(() => store.select(accountsFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query ?? DEFAULT_ACCOUNT_QUERY).pipe(
          map((page) => AccountsApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(AccountsApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Filters and paging change the URL; the page reports the URL back (see the uplink list). */
export const reflectAccountQueryInUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AccountListPageActions.filtersChanged, AccountListPageActions.pageChanged),
      concatLatestFrom(() => store.select(accountsFeature.selectQuery)),
      map(([action, current]) => {
        const query = current ?? DEFAULT_ACCOUNT_QUERY;
        return action.type === AccountListPageActions.filtersChanged.type
          ? withAccountFilters(query, action.filters)
          : { ...query, page: action.page, pageSize: action.pageSize };
      }),
      tap((query) => {
        void router.navigate([ACCOUNT_LIST_PATH], { queryParams: toAccountQueryParams(query) });
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const notifyAccountLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(AccountsApiActions.pageLoadFailed, AccountsApiActions.departmentsLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
