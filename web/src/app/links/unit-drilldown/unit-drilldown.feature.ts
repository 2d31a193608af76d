import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { UnitDetail } from '../links-api.types';
import { UnitDrilldownPageActions, UnitsApiActions } from './unit-drilldown.actions';

/**
 * Units visited while drilling, by code. A unit seen before shows at once when the operator
 * steps back up, and is re-read in the background.
 */
export interface UnitDrilldownState extends EntityState<UnitDetail> {
  selectedCode: string | null;
  isLoading: boolean;
  error: ApiError | null;
}

export const unitsAdapter = createEntityAdapter<UnitDetail>({ selectId: (unit) => unit.code });

export const initialUnitDrilldownState: UnitDrilldownState = unitsAdapter.getInitialState({
  selectedCode: null,
  isLoading: false,
  error: null,
});

export const unitDrilldownFeature = createFeature({
  name: 'unitDrilldown',
  reducer: createReducer(
    initialUnitDrilldownState,
    on(UnitDrilldownPageActions.opened, (state, { code }): UnitDrilldownState => ({
      ...state,
      selectedCode: code,
      isLoading: true,
      error: null,
    })),
    on(UnitDrilldownPageActions.retryClicked, (state): UnitDrilldownState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(UnitsApiActions.unitLoaded, (state, { requestedCode, unit }): UnitDrilldownState => {
      const isSelected = requestedCode === state.selectedCode;
      return unitsAdapter.upsertOne(
        unit,
        isSelected ? { ...state, selectedCode: unit.code, isLoading: false } : state,
      );
    }),
    on(UnitsApiActions.unitLoadFailed, (state, { code, error }): UnitDrilldownState =>
      code === state.selectedCode ? { ...state, isLoading: false, error } : state,
    ),
  ),
  extraSelectors: ({ selectEntities, selectSelectedCode }) => ({
    selectSelectedUnit: createSelector(selectEntities, selectSelectedCode, (entities, code) =>
      code === null ? null : (entities[code] ?? null),
    ),
  }),
});
