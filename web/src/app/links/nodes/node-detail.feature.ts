import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import { isDiscoveryInProgress } from './node-choices';
import { NodeDetailApiActions, NodeDetailPageActions } from './node-detail.actions';
import type { NodeDetail, NodeInterface, NodeSummary } from './nodes-api.types';

/** One node: its summary, and its interfaces as entities (the table sorts and pages them). */
export interface NodeDetailState extends EntityState<NodeInterface> {
  selectedId: number | null;
  node: NodeSummary | null;
  isLoading: boolean;
  error: ApiError | null;
  isRequestingDiscovery: boolean;
  isSavingEncoding: boolean;
}

export const nodeInterfacesAdapter = createEntityAdapter<NodeInterface>();

export const initialNodeDetailState: NodeDetailState = nodeInterfacesAdapter.getInitialState({
  selectedId: null,
  node: null,
  isLoading: false,
  error: null,
  isRequestingDiscovery: false,
  isSavingEncoding: false,
});

function withNode(state: NodeDetailState, detail: NodeDetail): NodeDetailState {
  // A late answer for a node the page has left is dropped.
  if (detail.id !== state.selectedId) return state;
  const { interfaces, ...node } = detail;
  return nodeInterfacesAdapter.setAll(interfaces, {
    ...state,
    node,
    isLoading: false,
    error: null,
  });
}

export const nodeDetailFeature = createFeature({
  name: 'nodeDetail',
  reducer: createReducer(
    initialNodeDetailState,
    on(NodeDetailPageActions.opened, (state, { id }): NodeDetailState =>
      id === state.selectedId
        ? { ...state, isLoading: true, error: null }
        : { ...initialNodeDetailState, selectedId: id, isLoading: true },
    ),
    on(NodeDetailPageActions.retryClicked, (state): NodeDetailState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(NodeDetailPageActions.discoverNowClicked, (state): NodeDetailState => ({
      ...state,
      isRequestingDiscovery: true,
    })),
    on(NodeDetailPageActions.textEncodingChanged, (state): NodeDetailState => ({
      ...state,
      isSavingEncoding: true,
    })),
    on(NodeDetailApiActions.nodeLoaded, (state, { node }): NodeDetailState =>
      withNode(state, node),
    ),
    on(NodeDetailApiActions.nodeLoadFailed, (state, { id, error }): NodeDetailState =>
      id === state.selectedId ? { ...state, isLoading: false, error } : state,
    ),
    on(NodeDetailApiActions.discoveryRequested, (state, { node }): NodeDetailState => ({
      ...withNode(state, node),
      isRequestingDiscovery: false,
    })),
    on(NodeDetailApiActions.discoveryRequestFailed, (state): NodeDetailState => ({
      ...state,
      isRequestingDiscovery: false,
    })),
    on(NodeDetailApiActions.textEncodingSaved, (state, { node }): NodeDetailState => ({
      ...withNode(state, node),
      isSavingEncoding: false,
    })),
    on(NodeDetailApiActions.textEncodingSaveFailed, (state): NodeDetailState => ({
      ...state,
      isSavingEncoding: false,
    })),
    on(NodeDetailPageActions.closed, (): NodeDetailState => initialNodeDetailState),
  ),
  extraSelectors: ({ selectNodeDetailState, selectNode }) => {
    const { selectAll } = nodeInterfacesAdapter.getSelectors(selectNodeDetailState);
    const selectDiscovery = createSelector(selectNode, (node) => node?.discovery ?? null);
    return {
      selectInterfaces: selectAll,
      selectDiscovery,
      selectIsDiscoveryInProgress: createSelector(
        selectDiscovery,
        (discovery) => discovery !== null && isDiscoveryInProgress(discovery.status),
      ),
      /** Ports that left the device but keep their history, for the count beside the table. */
      selectAbsentCount: createSelector(
        selectAll,
        (interfaces) => interfaces.filter((iface) => !iface.isPresent).length,
      ),
    };
  },
});
