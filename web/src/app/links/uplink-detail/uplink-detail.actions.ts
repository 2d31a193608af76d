import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type {
  TrafficRange,
  TrafficResolutionChoice,
  UplinkDetail,
  UplinkTraffic,
} from '../links-api.types';

export const UplinkDetailPageActions = createActionGroup({
  source: 'Uplink Detail Page',
  events: {
    Opened: props<{ id: number }>(),
    'Range Changed': props<{ range: TrafficRange }>(),
    'Resolution Changed': props<{ resolution: TrafficResolutionChoice }>(),
    'Retry Clicked': emptyProps(),
    Closed: emptyProps(),
  },
});

export const UplinkDetailTimerActions = createActionGroup({
  source: 'Uplink Detail Timer',
  events: {
    'Refresh Due': emptyProps(),
  },
});

export const UplinkDetailApiActions = createActionGroup({
  source: 'Uplink Detail API',
  events: {
    'Uplink Loaded': props<{ uplink: UplinkDetail }>(),
    'Uplink Load Failed': props<{ id: number; error: ApiError }>(),
    'Traffic Loaded': props<{
      id: number;
      range: TrafficRange;
      resolution: TrafficResolutionChoice;
      traffic: UplinkTraffic;
    }>(),
    'Traffic Load Failed': props<{ id: number; error: ApiError }>(),
  },
});
