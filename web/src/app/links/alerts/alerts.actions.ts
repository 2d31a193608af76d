import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { AlertDetail, AlertPage, AlertSummary } from './alerts-api.types';
import type { AlertFilters, AlertSortKey } from './alert-query';

export const AlertListPageActions = createActionGroup({
  source: 'Alert List Page',
  events: {
    Opened: emptyProps(),
    'Filters Changed': props<{ filters: AlertFilters }>(),
    'Sort Changed': props<{ sort: AlertSortKey; order: 'asc' | 'desc' }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
    'Alert Opened': props<{ id: number }>(),
    'Acknowledge Clicked': props<{ alert: AlertSummary }>(),
    'Unacknowledge Clicked': props<{ alert: AlertSummary }>(),
    Closed: emptyProps(),
  },
});

export const AlertListTimerActions = createActionGroup({
  source: 'Alert List Timer',
  events: { 'Refresh Due': emptyProps() },
});

export const AlertDialogActions = createActionGroup({
  source: 'Alert Dialogs',
  events: {
    'Acknowledge Confirmed': props<{ id: number; comment: string }>(),
    'Unacknowledge Confirmed': props<{ id: number; comment: string }>(),
    'Detail Closed': emptyProps(),
  },
});

export const AlertsApiActions = createActionGroup({
  source: 'Alerts API',
  events: {
    'Page Loaded': props<{ page: AlertPage; loadedAt: string }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'Detail Loaded': props<{ alert: AlertDetail }>(),
    'Detail Load Failed': props<{ error: ApiError }>(),
    'Acknowledgement Saved': props<{ alert: AlertDetail }>(),
    'Acknowledgement Failed': props<{ error: ApiError }>(),
  },
});
