import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type {
  TrafficRange,
  TrafficResolutionChoice,
  UplinkDetail,
  UplinkTraffic,
} from '../links-api.types';
import { UplinkDetailApiActions, UplinkDetailPageActions } from './uplink-detail.actions';

/** Uplinks opened in this session (by id) and the traffic of the one on screen. */
export interface UplinkDetailState extends EntityState<UplinkDetail> {
  selectedId: number | null;
  isLoading: boolean;
  error: ApiError | null;
  trafficRange: TrafficRange;
  /** 'auto' lets the server pick the resolution that fits the range. */
  trafficResolution: TrafficResolutionChoice;
  /** Traffic of `selectedId` over `trafficRange`; null until loaded or after switching uplink. */
  traffic: UplinkTraffic | null;
  isTrafficLoading: boolean;
  trafficError: ApiError | null;
}

export const uplinkDetailAdapter = createEntityAdapter<UplinkDetail>();

export const initialUplinkDetailState: UplinkDetailState = uplinkDetailAdapter.getInitialState({
  selectedId: null,
  isLoading: false,
  error: null,
  trafficRange: '1h',
  trafficResolution: 'auto',
  traffic: null,
  isTrafficLoading: false,
  trafficError: null,
});

export const uplinkDetailFeature = createFeature({
  name: 'uplinkDetail',
  reducer: createReducer(
    initialUplinkDetailState,
    on(UplinkDetailPageActions.opened, (state, { id }): UplinkDetailState => ({
      ...state,
      selectedId: id,
      isLoading: true,
      error: null,
      traffic: id === state.selectedId ? state.traffic : null,
      isTrafficLoading: true,
      trafficError: null,
    })),
    // A resolution picked for one range rarely serves another (retention, point limit): a new
    // range starts from the server's automatic choice.
    on(UplinkDetailPageActions.rangeChanged, (state, { range }): UplinkDetailState => ({
      ...state,
      trafficRange: range,
      trafficResolution: 'auto',
      isTrafficLoading: true,
      trafficError: null,
    })),
    on(UplinkDetailPageActions.resolutionChanged, (state, { resolution }): UplinkDetailState => ({
      ...state,
      trafficResolution: resolution,
      isTrafficLoading: true,
      trafficError: null,
    })),
    on(UplinkDetailPageActions.retryClicked, (state): UplinkDetailState => ({
      ...state,
      isLoading: true,
      error: null,
      isTrafficLoading: true,
      trafficError: null,
    })),
    on(UplinkDetailApiActions.uplinkLoaded, (state, { uplink }): UplinkDetailState => {
      const isSelected = uplink.id === state.selectedId;
      return uplinkDetailAdapter.upsertOne(
        uplink,
        isSelected ? { ...state, isLoading: false, error: null } : state,
      );
    }),
    on(UplinkDetailApiActions.uplinkLoadFailed, (state, { id, error }): UplinkDetailState =>
      id === state.selectedId ? { ...state, isLoading: false, error } : state,
    ),
    on(
      UplinkDetailApiActions.trafficLoaded,
      (state, { id, range, resolution, traffic }): UplinkDetailState =>
        id === state.selectedId &&
        range === state.trafficRange &&
        resolution === state.trafficResolution
          ? { ...state, traffic, isTrafficLoading: false, trafficError: null }
          : state,
    ),
    on(UplinkDetailApiActions.trafficLoadFailed, (state, { id, error }): UplinkDetailState =>
      id === state.selectedId ? { ...state, isTrafficLoading: false, trafficError: error } : state,
    ),
  ),
  extraSelectors: ({ selectEntities, selectSelectedId }) => ({
    selectSelectedUplink: createSelector(selectEntities, selectSelectedId, (entities, id) =>
      id === null ? null : (entities[id] ?? null),
    ),
  }),
});
