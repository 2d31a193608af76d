import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../api-errors/api-error';
import { LoadFailureNotifier } from '../api-errors/load-failure-notifier';
import { AuditApi } from './audit-api';
import { AuditEventDialog } from './audit-event-dialog';
import {
  AUDIT_PATH,
  DEFAULT_AUDIT_QUERY,
  toAuditQueryParams,
  withAuditFilters,
} from './audit-query';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import { auditFeature } from './audit.feature';

export const loadAuditPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(AuditPageActions.urlQueryChanged, AuditPageActions.retryClicked),
      concatLatestFrom(() => store.select(auditFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query ?? DEFAULT_AUDIT_QUERY).pipe(
          map((page) => AuditApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(AuditApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Filters and paging change the URL; the page reports the URL back (see the uplink list). */
export const reflectAuditQueryInUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuditPageActions.filtersChanged, AuditPageActions.pageChanged),
      concatLatestFrom(() => store.select(auditFeature.selectQuery)),
      map(([action, current]) => {
        const query = current ?? DEFAULT_AUDIT_QUERY;
        return action.type === AuditPageActions.filtersChanged.type
          ? withAuditFilters(query, action.filters)
          : { ...query, page: action.page, pageSize: action.pageSize };
      }),
      tap((query) => {
        void router.navigate([AUDIT_PATH], { queryParams: toAuditQueryParams(query) });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** One verification at a time: it walks the whole chain on the server. */
export const verifyAuditChain = createEffect(
  (actions$ = inject(Actions), api = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(AuditPageActions.verifyClicked),
      exhaustMap(() =>
        api.verify().pipe(
          map((verification) => AuditApiActions.chainVerified({ verification })),
          catchError((error: unknown) =>
            of(AuditApiActions.chainVerificationFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const openAuditEventDetails = createEffect(
  (actions$ = inject(Actions), dialog = inject(MatDialog)) => {
    return actions$.pipe(
      ofType(AuditPageActions.detailsClicked),
      tap(({ event }) =>
        dialog.open(AuditEventDialog, { data: event, width: '880px', maxWidth: '95vw' }),
      ),
    );
  },
  { functional: true, dispatch: false },
);

export const notifyAuditLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(AuditApiActions.pageLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
