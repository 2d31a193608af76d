import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { CollectorsStatus } from './collectors-api';

export const CollectorsPageActions = createActionGroup({
  source: 'Collectors Page',
  events: { Opened: emptyProps(), 'Retry Clicked': emptyProps(), Closed: emptyProps() },
});

export const CollectorsTimerActions = createActionGroup({
  source: 'Collectors Timer',
  events: { 'Refresh Due': emptyProps() },
});

export const CollectorsApiActions = createActionGroup({
  source: 'Collectors API',
  events: {
    'Status Loaded': props<{ status: CollectorsStatus }>(),
    'Status Load Failed': props<{ error: ApiError }>(),
  },
});
