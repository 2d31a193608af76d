import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { SessionAnswer, TotpEnrolment } from '../auth-api.types';

export const TwoFactorPageActions = createActionGroup({
  source: 'Two-Factor Page',
  events: {
    Opened: emptyProps(),
    'Start Clicked': emptyProps(),
    'Code Submitted': props<{ code: string }>(),
    'Enrolment Cancelled': emptyProps(),
    'Disable Submitted': props<{ password: string }>(),
  },
});

export const TwoFactorApiActions = createActionGroup({
  source: 'Two-Factor API',
  events: {
    /** A new secret to show; it takes effect only once a code from it is confirmed. */
    'Secret Created': props<{ enrolment: TotpEnrolment }>(),
    'Secret Failed': props<{ error: ApiError }>(),
    /**
     * `session` is re-read afterwards so the account shows TOTP switched on (or off); null when
     * that read failed although the change itself succeeded.
     */
    'Totp Enabled': props<{ session: SessionAnswer | null }>(),
    /** `fields`: the server's `fields[code]` (a code that does not match). */
    'Enrolment Failed': props<{ error: ApiError; fields: ApiFieldError[] }>(),
    'Totp Disabled': props<{ session: SessionAnswer | null }>(),
    'Disable Failed': props<{ error: ApiError }>(),
  },
});
