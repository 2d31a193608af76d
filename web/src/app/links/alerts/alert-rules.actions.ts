import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { AlertRule, AlertRulePatch } from './alerts-api.types';

export const AlertRulesPageActions = createActionGroup({
  source: 'Alert Rules Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Edit Clicked': props<{ rule: AlertRule }>(),
  },
});

export const AlertRuleDialogActions = createActionGroup({
  source: 'Alert Rule Dialog',
  events: { 'Save Confirmed': props<{ id: number; patch: AlertRulePatch }>() },
});

export const AlertRulesApiActions = createActionGroup({
  source: 'Alert Rules API',
  events: {
    'Rules Loaded': props<{ rules: AlertRule[] }>(),
    'Rules Load Failed': props<{ error: ApiError }>(),
    'Rule Saved': props<{ rule: AlertRule }>(),
    'Rule Save Failed': props<{ error: ApiError }>(),
  },
});
