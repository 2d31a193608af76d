import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { SessionInfo } from '../auth-api.types';

export const MySessionsPageActions = createActionGroup({
  source: 'My Sessions Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'End Clicked': props<{ sessionId: string }>(),
  },
});

export const MySessionsApiActions = createActionGroup({
  source: 'My Sessions API',
  events: {
    'Sessions Loaded': props<{ sessions: SessionInfo[] }>(),
    'Sessions Load Failed': props<{ error: ApiError }>(),
    'Session Ended': props<{ sessionId: string }>(),
    'Session End Failed': props<{ error: ApiError }>(),
  },
});
