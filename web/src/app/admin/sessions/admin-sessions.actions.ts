import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { SessionInfo } from '../../auth/auth-api.types';

export const AdminSessionsPageActions = createActionGroup({
  source: 'Admin Sessions Page',
  events: {
    /** `accountId` from the URL: one account's sessions, or everyone's when null. */
    Opened: props<{ accountId: number | null }>(),
    'Retry Clicked': emptyProps(),
    'End Clicked': props<{ sessionId: string }>(),
  },
});

export const AdminSessionsApiActions = createActionGroup({
  source: 'Admin Sessions API',
  events: {
    'Sessions Loaded': props<{ sessions: SessionInfo[] }>(),
    'Sessions Load Failed': props<{ error: ApiError }>(),
    'Session Ended': props<{ sessionId: string }>(),
    'Session End Failed': props<{ error: ApiError }>(),
  },
});
