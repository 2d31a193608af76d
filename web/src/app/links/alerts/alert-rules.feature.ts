import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { AlertRule } from './alerts-api.types';
import {
  AlertRuleDialogActions,
  AlertRulesApiActions,
  AlertRulesPageActions,
} from './alert-rules.actions';

export interface AlertRulesState extends EntityState<AlertRule> {
  isLoading: boolean;
  error: ApiError | null;
  isSaving: boolean;
  saveError: ApiError | null;
}

export const alertRulesAdapter = createEntityAdapter<AlertRule>();

export const initialAlertRulesState: AlertRulesState = alertRulesAdapter.getInitialState({
  isLoading: false,
  error: null,
  isSaving: false,
  saveError: null,
});

export const alertRulesFeature = createFeature({
  name: 'alertRules',
  reducer: createReducer(
    initialAlertRulesState,
    on(
      AlertRulesPageActions.opened,
      AlertRulesPageActions.retryClicked,
      (state): AlertRulesState => ({
        ...state,
        isLoading: true,
        error: null,
      }),
    ),
    on(AlertRulesApiActions.rulesLoaded, (state, { rules }): AlertRulesState =>
      alertRulesAdapter.setAll(rules, { ...state, isLoading: false }),
    ),
    on(AlertRulesApiActions.rulesLoadFailed, (state, { error }): AlertRulesState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(AlertRuleDialogActions.saveConfirmed, (state): AlertRulesState => ({
      ...state,
      isSaving: true,
      saveError: null,
    })),
    on(AlertRulesApiActions.ruleSaved, (state, { rule }): AlertRulesState =>
      alertRulesAdapter.upsertOne(rule, { ...state, isSaving: false }),
    ),
    on(AlertRulesApiActions.ruleSaveFailed, (state, { error }): AlertRulesState => ({
      ...state,
      isSaving: false,
      saveError: error,
    })),
  ),
  extraSelectors: ({ selectAlertRulesState }) => ({
    selectRules: alertRulesAdapter.getSelectors(selectAlertRulesState).selectAll,
  }),
});
