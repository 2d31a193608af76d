import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ProvinceOverview } from '../links-api.types';

export const OverviewPageActions = createActionGroup({
  source: 'Province Overview Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    Closed: emptyProps(),
  },
});

export const OverviewTimerActions = createActionGroup({
  source: 'Province Overview Timer',
  events: {
    'Refresh Due': emptyProps(),
  },
});

export const OverviewApiActions = createActionGroup({
  source: 'Overview API',
  events: {
    Loaded: props<{ overview: ProvinceOverview }>(),
    'Load Failed': props<{ error: ApiError }>(),
  },
});
