import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  combineLatest,
  distinctUntilChanged,
  exhaustMap,
  filter,
  interval,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { ActionFailureNotifier } from '../../api-errors/action-failure-notifier';
import { toApiError } from '../../api-errors/api-error';
import {
  NodeDetailApiActions,
  NodeDetailPageActions,
  NodeDetailTimerActions,
} from './node-detail.actions';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { DISCOVERY_PROGRESS_INTERVAL_MS } from './node-choices';
import { nodeDetailFeature } from './node-detail.feature';
import { NodesApi } from './nodes-api';

export const loadNodeDetail = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(NodesApi)) => {
    return actions$.pipe(
      ofType(
        NodeDetailPageActions.opened,
        NodeDetailPageActions.retryClicked,
        NodeDetailTimerActions.refreshDue,
      ),
      concatLatestFrom(() => store.select(nodeDetailFeature.selectSelectedId)),
      map(([, id]) => id),
      filter((id): id is number => id !== null),
      switchMap((id) =>
        api.get(id).pipe(
          map((node) => NodeDetailApiActions.nodeLoaded({ node })),
          catchError((error: unknown) =>
            of(NodeDetailApiActions.nodeLoadFailed({ id, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Discover now": one request at a time; clicks while it is on its way are ignored. */
export const requestDiscovery = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(NodesApi)) => {
    return actions$.pipe(
      ofType(NodeDetailPageActions.discoverNowClicked),
      concatLatestFrom(() => store.select(nodeDetailFeature.selectSelectedId)),
      filter((pair): pair is [(typeof pair)[0], number] => pair[1] !== null),
      exhaustMap(([, id]) =>
        api.discover(id).pipe(
          map((node) => NodeDetailApiActions.discoveryRequested({ node })),
          catchError((error: unknown) =>
            of(NodeDetailApiActions.discoveryRequestFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveTextEncoding = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(NodesApi)) => {
    return actions$.pipe(
      ofType(NodeDetailPageActions.textEncodingChanged),
      concatLatestFrom(() => store.select(nodeDetailFeature.selectSelectedId)),
      filter((pair): pair is [(typeof pair)[0], number] => pair[1] !== null),
      switchMap(([{ textEncoding }, id]) =>
        api.setTextEncoding(id, textEncoding).pipe(
          map((node) => NodeDetailApiActions.textEncodingSaved({ node })),
          catchError((error: unknown) =>
            of(NodeDetailApiActions.textEncodingSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Paces the re-reads of the node shown: quick during a discovery, live pace otherwise. */
export const refreshNodeDetail = createEffect(
  (store = inject(Store)) => {
    return combineLatest([
      store.select(nodeDetailFeature.selectSelectedId),
      store.select(nodeDetailFeature.selectIsDiscoveryInProgress),
    ]).pipe(
      map(([id, inProgress]) =>
        id === null ? null : inProgress ? DISCOVERY_PROGRESS_INTERVAL_MS : LIVE_REFRESH_INTERVAL_MS,
      ),
      distinctUntilChanged(),
      switchMap((everyMs) =>
        everyMs === null
          ? EMPTY
          : interval(everyMs).pipe(map(() => NodeDetailTimerActions.refreshDue())),
      ),
    );
  },
  { functional: true },
);

/** A change that was not made is said in a snackbar, with the API's reason. */
export const notifyNodeActionFailures = createEffect(
  (actions$ = inject(Actions), notifier = inject(ActionFailureNotifier)) => {
    return actions$.pipe(
      ofType(
        NodeDetailApiActions.discoveryRequestFailed,
        NodeDetailApiActions.textEncodingSaveFailed,
      ),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
