import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { SecurityPolicy } from './security-policy';

export const SecurityPolicyPageActions = createActionGroup({
  source: 'Security Policy Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Save Clicked': props<{ policy: SecurityPolicy }>(),
  },
});

export const SecurityPolicyApiActions = createActionGroup({
  source: 'Security Policy API',
  events: {
    'Policy Loaded': props<{ policy: SecurityPolicy }>(),
    'Policy Load Failed': props<{ error: ApiError }>(),
    'Policy Saved': props<{ policy: SecurityPolicy }>(),
    'Policy Save Failed': props<{ error: ApiError; fieldErrors: ApiFieldError[] }>(),
  },
});
