import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import { NodeListPageActions, NodesApiActions } from './node-list.actions';
import { DEFAULT_NODE_LIST_QUERY, type NodeListQuery, type NodeSummary } from './nodes-api.types';

/** One server-side page of nodes (the API sorts: keep its order) and the query behind it. */
export interface NodeListState extends EntityState<NodeSummary> {
  query: NodeListQuery;
  matchCount: number | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const nodeListAdapter = createEntityAdapter<NodeSummary>();

export const initialNodeListState: NodeListState = nodeListAdapter.getInitialState({
  query: DEFAULT_NODE_LIST_QUERY,
  matchCount: null,
  isLoading: false,
  error: null,
});

export const nodeListFeature = createFeature({
  name: 'nodeList',
  reducer: createReducer(
    initialNodeListState,
    on(NodeListPageActions.urlQueryChanged, (state, { query }): NodeListState => ({
      ...state,
      query,
      isLoading: true,
      error: null,
    })),
    on(NodeListPageActions.retryClicked, (state): NodeListState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(NodesApiActions.pageLoaded, (state, { page }): NodeListState =>
      nodeListAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        isLoading: false,
        error: null,
      }),
    ),
    // A failed load keeps the rows on screen: stale data with an error beats an empty table.
    on(NodesApiActions.pageLoadFailed, (state, { error }): NodeListState => ({
      ...state,
      isLoading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectNodeListState, selectQuery }) => {
    const { selectAll } = nodeListAdapter.getSelectors(selectNodeListState);
    return {
      selectPageRows: selectAll,
      /** MatPaginator counts pages from 0, the API from 1. */
      selectPageIndex: createSelector(selectQuery, (query) => query.page - 1),
    };
  },
});
