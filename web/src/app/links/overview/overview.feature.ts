import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { CityOverview, LevelOverview } from '../links-api.types';
import { UNIT_LEVELS } from '../links-choices';
import { OverviewApiActions, OverviewPageActions } from './overview.actions';

/** The province at a glance: tallies per level, and per city-level unit (the entities). */
export interface OverviewState extends EntityState<CityOverview> {
  levels: LevelOverview[] | null;
  generatedAt: string | null;
  lastPollAt: string | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const overviewCitiesAdapter = createEntityAdapter<CityOverview>({
  selectId: (city) => city.code,
  sortComparer: (a, b) => a.code.localeCompare(b.code),
});

export const initialOverviewState: OverviewState = overviewCitiesAdapter.getInitialState({
  levels: null,
  generatedAt: null,
  lastPollAt: null,
  isLoading: false,
  error: null,
});

export const overviewFeature = createFeature({
  name: 'overview',
  reducer: createReducer(
    initialOverviewState,
    on(OverviewPageActions.opened, OverviewPageActions.retryClicked, (state): OverviewState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(OverviewApiActions.loaded, (state, { overview }): OverviewState =>
      overviewCitiesAdapter.setAll(overview.cities, {
        ...state,
        levels: overview.levels,
        generatedAt: overview.generatedAt,
        lastPollAt: overview.lastPollAt,
        isLoading: false,
        error: null,
      }),
    ),
    on(OverviewApiActions.loadFailed, (state, { error }): OverviewState => ({
      ...state,
      isLoading: false,
      error,
    })),
  ),
  extraSelectors: ({ selectOverviewState, selectLevels }) => ({
    selectCities: overviewCitiesAdapter.getSelectors(selectOverviewState).selectAll,
    /** Levels top-down (city, county, …, department), whatever order the API used. */
    selectLevelsInTreeOrder: createSelector(selectLevels, (levels) =>
      levels
        ? [...levels].sort((a, b) => UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level))
        : null,
    ),
  }),
});
