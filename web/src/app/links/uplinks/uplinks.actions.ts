import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { UnitRef, UplinkPage } from '../links-api.types';
import type { SortOrder, UplinkFilters, UplinkQuery, UplinkSortKey } from './uplink-query';

export const UplinkListPageActions = createActionGroup({
  source: 'Uplink List Page',
  events: {
    /** The page is showing a query from its URL: on opening, a shared link, back/forward. */
    'Url Query Changed': props<{ query: UplinkQuery }>(),
    'Filters Changed': props<{ filters: UplinkFilters }>(),
    'Sort Changed': props<{ sort: UplinkSortKey | null; order: SortOrder }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
    Closed: emptyProps(),
  },
});

export const UplinkListTimerActions = createActionGroup({
  source: 'Uplink List Timer',
  events: {
    'Refresh Due': emptyProps(),
  },
});

export const UplinksApiActions = createActionGroup({
  source: 'Uplinks API',
  events: {
    'Page Loaded': props<{ page: UplinkPage; loadedAt: string }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    'City Options Loaded': props<{ cities: UnitRef[] }>(),
    'City Options Load Failed': props<{ error: ApiError }>(),
  },
});
