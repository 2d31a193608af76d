import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { CollectorCycle, CollectorInstance } from './collectors-api';
import { CollectorsApiActions, CollectorsPageActions } from './collectors.actions';

export interface CollectorsState extends EntityState<CollectorInstance> {
  recentCycles: CollectorCycle[];
  staleAfterSeconds: number | null;
  metricsUrl: string | null;
  generatedAt: string | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const collectorsAdapter = createEntityAdapter<CollectorInstance>({
  selectId: (collector) => collector.id,
});

export const initialCollectorsState: CollectorsState = collectorsAdapter.getInitialState({
  recentCycles: [],
  staleAfterSeconds: null,
  metricsUrl: null,
  generatedAt: null,
  isLoading: false,
  error: null,
});

export const collectorsFeature = createFeature({
  name: 'collectors',
  reducer: createReducer(
    initialCollectorsState,
    on(
      CollectorsPageActions.opened,
      CollectorsPageActions.retryClicked,
      (state): CollectorsState => ({
        ...state,
        isLoading: true,
        error: null,
      }),
    ),
    on(CollectorsApiActions.statusLoaded, (state, { status }): CollectorsState =>
      collectorsAdapter.setAll(status.collectors, {
        ...state,
        recentCycles: status.recentCycles,
        staleAfterSeconds: status.staleAfterSeconds,
        metricsUrl: status.metrics?.url ?? null,
        generatedAt: status.generatedAt,
        isLoading: false,
        error: null,
      }),
    ),
    on(CollectorsApiActions.statusLoadFailed, (state, { error }): CollectorsState => ({
      ...state,
      isLoading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectCollectorsState }) => {
    const selectCollectors = collectorsAdapter.getSelectors(selectCollectorsState).selectAll;
    return {
      selectCollectors,
      /** One row per collector and poll group: what the group table lists. */
      selectPollGroupRows: createSelector(selectCollectors, (collectors) =>
        collectors.flatMap((collector) =>
          collector.pollGroups.map((group) => ({ collectorId: collector.id, ...group })),
        ),
      ),
      selectHasTrouble: createSelector(selectCollectors, (collectors) =>
        collectors.some(
          (collector) =>
            collector.isStale || collector.pollGroups.some((group) => group.lastCycle?.isOverrun),
        ),
      ),
    };
  },
});
