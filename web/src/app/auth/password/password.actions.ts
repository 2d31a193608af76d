import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { PasswordPolicySummary, SessionAnswer } from '../auth-api.types';

export const PasswordPageActions = createActionGroup({
  source: 'Password Page',
  events: {
    Opened: emptyProps(),
    'Change Submitted': props<{ currentPassword: string; newPassword: string }>(),
  },
});

export const PasswordApiActions = createActionGroup({
  source: 'Password API',
  events: {
    /**
     * `session` is re-read afterwards (the account no longer must change its password); null
     * when that read failed although the change itself succeeded.
     */
    'Password Changed': props<{ session: SessionAnswer | null; wasForced: boolean }>(),
    /** `unmetRules`: the server's `fields[newPassword]`, one per rule not met. */
    'Password Change Failed': props<{ error: ApiError; unmetRules: ApiFieldError[] }>(),
    'Policy Loaded': props<{ policy: PasswordPolicySummary }>(),
    'Policy Load Failed': props<{ error: ApiError }>(),
  },
});
