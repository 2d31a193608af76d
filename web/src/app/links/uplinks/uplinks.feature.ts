import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { UnitRef, UplinkSummary } from '../links-api.types';
import { UplinkListPageActions, UplinksApiActions } from './uplinks.actions';
import type { UplinkQuery } from './uplink-query';

/** One page of the uplink list as the API returned it (server-side sort: keep its order). */
export interface UplinksState extends EntityState<UplinkSummary> {
  query: UplinkQuery | null;
  /** Uplinks matching the query across all pages (the API's `total`). */
  matchCount: number | null;
  isLoading: boolean;
  error: ApiError | null;
  loadedAt: string | null;
  cityOptions: UnitRef[] | null;
}

export const uplinksAdapter = createEntityAdapter<UplinkSummary>();

export const initialUplinksState: UplinksState = uplinksAdapter.getInitialState({
  query: null,
  matchCount: null,
  isLoading: false,
  error: null,
  loadedAt: null,
  cityOptions: null,
});

export const uplinksFeature = createFeature({
  name: 'uplinks',
  reducer: createReducer(
    initialUplinksState,
    on(UplinkListPageActions.urlQueryChanged, (state, { query }): UplinksState => ({
      ...state,
      query,
      isLoading: true,
      error: null,
    })),
    on(UplinkListPageActions.retryClicked, (state): UplinksState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(UplinksApiActions.pageLoaded, (state, { page, loadedAt }): UplinksState =>
      uplinksAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        isLoading: false,
        error: null,
        loadedAt,
      }),
    ),
    // A failed refresh keeps the rows on screen: stale data with an error beats an empty table.
    on(UplinksApiActions.pageLoadFailed, (state, { error }): UplinksState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(UplinksApiActions.cityOptionsLoaded, (state, { cities }): UplinksState => ({
      ...state,
      cityOptions: cities,
    })),
  ),
  extraSelectors: ({ selectUplinksState, selectQuery }) => {
    const { selectAll } = uplinksAdapter.getSelectors(selectUplinksState);
    return {
      selectPageRows: selectAll,
      /** MatPaginator counts pages from 0, the API from 1. */
      selectPageIndex: createSelector(selectQuery, (query) => (query ? query.page - 1 : 0)),
    };
  },
});
