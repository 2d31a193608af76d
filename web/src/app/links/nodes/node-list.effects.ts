import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { NODE_LIST_PATH, toNodeListQueryParams } from './node-list-query';
import { NodeListPageActions, NodesApiActions } from './node-list.actions';
import { nodeListFeature } from './node-list.feature';
import { NodesApi } from './nodes-api';
import type { NodeListQuery } from './nodes-api.types';

/** Loads the page the URL asks for; a newer query cancels the answer to an older one. */
export const loadNodePage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(NodesApi)) => {
    return actions$.pipe(
      ofType(NodeListPageActions.urlQueryChanged, NodeListPageActions.retryClicked),
      concatLatestFrom(() => store.select(nodeListFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query).pipe(
          map((page) => NodesApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(NodesApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Search, filters, sort and paging change the URL, not the store: the page then reports the
 * new URL query, so a typed URL, a shared link and the back button all take the same path.
 * A new search, filter or sort starts again from the first page.
 */
export const reflectNodeQueryInUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) => {
    return actions$.pipe(
      ofType(
        NodeListPageActions.searchChanged,
        NodeListPageActions.filtersChanged,
        NodeListPageActions.sortChanged,
        NodeListPageActions.pageChanged,
      ),
      concatLatestFrom(() => store.select(nodeListFeature.selectQuery)),
      map(([action, query]): NodeListQuery => {
        switch (action.type) {
          case NodeListPageActions.searchChanged.type:
            return { ...query, q: action.q, page: 1 };
          case NodeListPageActions.filtersChanged.type:
            return {
              ...query,
              reachability: action.reachability,
              discovery: action.discovery,
              page: 1,
            };
          case NodeListPageActions.sortChanged.type:
            return { ...query, sort: action.sort, order: action.order, page: 1 };
          default:
            return { ...query, page: action.page, pageSize: action.pageSize };
        }
      }),
      tap((query) => {
        void router.navigate([NODE_LIST_PATH], { queryParams: toNodeListQueryParams(query) });
      }),
    );
  },
  { functional: true, dispatch: false },
);
