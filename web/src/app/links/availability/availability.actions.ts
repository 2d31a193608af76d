import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { AvailabilityPage, AvailabilityQuery } from './availability-api.types';

export const AvailabilityPageActions = createActionGroup({
  source: 'Availability Page',
  events: {
    Opened: emptyProps(),
    'Query Changed': props<{ changes: Partial<AvailabilityQuery> }>(),
    'Retry Clicked': emptyProps(),
  },
});

export const AvailabilityApiActions = createActionGroup({
  source: 'Availability API',
  events: {
    'Page Loaded': props<{ page: AvailabilityPage }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
  },
});
