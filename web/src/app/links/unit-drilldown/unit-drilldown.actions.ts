import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { UnitDetail } from '../links-api.types';

export const UnitDrilldownPageActions = createActionGroup({
  source: 'Unit Drilldown Page',
  events: {
    /** The page shows the unit of its URL: on opening and on each drill step. */
    Opened: props<{ code: string }>(),
    'Retry Clicked': emptyProps(),
  },
});

export const UnitsApiActions = createActionGroup({
  source: 'Units API',
  events: {
    /** `requestedCode` is the code asked for; the API may answer with its canonical code. */
    'Unit Loaded': props<{ requestedCode: string; unit: UnitDetail }>(),
    'Unit Load Failed': props<{ code: string; error: ApiError }>(),
  },
});
