import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import {
  DEFAULT_AVAILABILITY_QUERY,
  type AvailabilityFigures,
  type AvailabilityQuery,
  type UnitAvailability,
} from './availability-api.types';
import { AvailabilityApiActions, AvailabilityPageActions } from './availability.actions';

export interface AvailabilityState extends EntityState<UnitAvailability> {
  query: AvailabilityQuery;
  matchCount: number | null;
  /** The month the figures are for, as the API answered (the running one when none asked). */
  month: string | null;
  overall: (AvailabilityFigures & { uplinks: number }) | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const availabilityAdapter = createEntityAdapter<UnitAvailability>({
  selectId: (row) => row.unit.code,
});

export const initialAvailabilityState: AvailabilityState = availabilityAdapter.getInitialState({
  query: DEFAULT_AVAILABILITY_QUERY,
  matchCount: null,
  month: null,
  overall: null,
  isLoading: false,
  error: null,
});

export const availabilityFeature = createFeature({
  name: 'availability',
  reducer: createReducer(
    initialAvailabilityState,
    on(
      AvailabilityPageActions.opened,
      AvailabilityPageActions.retryClicked,
      (state): AvailabilityState => ({
        ...state,
        isLoading: true,
        error: null,
      }),
    ),
    on(AvailabilityPageActions.queryChanged, (state, { changes }): AvailabilityState => {
      // Anything but paging starts again from the first page.
      const isPaging = Object.keys(changes).every((key) => key === 'page' || key === 'pageSize');
      return {
        ...state,
        query: {
          ...state.query,
          ...changes,
          page: isPaging ? (changes.page ?? state.query.page) : 1,
        },
        isLoading: true,
        error: null,
      };
    }),
    on(AvailabilityApiActions.pageLoaded, (state, { page }): AvailabilityState =>
      availabilityAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        month: page.month,
        overall: page.overall,
        isLoading: false,
      }),
    ),
    on(AvailabilityApiActions.pageLoadFailed, (state, { error }): AvailabilityState => ({
      ...state,
      isLoading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectAvailabilityState, selectQuery }) => ({
    selectRows: availabilityAdapter.getSelectors(selectAvailabilityState).selectAll,
    selectPageIndex: createSelector(selectQuery, (query) => query.page - 1),
  }),
});
