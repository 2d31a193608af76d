import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { TextEncoding } from './node-choices';
import type { NodeDetail } from './nodes-api.types';

export const NodeDetailPageActions = createActionGroup({
  source: 'Node Detail Page',
  events: {
    Opened: props<{ id: number }>(),
    'Retry Clicked': emptyProps(),
    'Discover Now Clicked': emptyProps(),
    'Text Encoding Changed': props<{ textEncoding: TextEncoding }>(),
    Closed: emptyProps(),
  },
});

/**
 * The page reads its node again: every few seconds while a discovery is pending or running,
 * else at the console's live pace (reachability, last poll).
 */
export const NodeDetailTimerActions = createActionGroup({
  source: 'Node Detail Timer',
  events: {
    'Refresh Due': emptyProps(),
  },
});

export const NodeDetailApiActions = createActionGroup({
  source: 'Node Detail API',
  events: {
    'Node Loaded': props<{ node: NodeDetail }>(),
    'Node Load Failed': props<{ id: number; error: ApiError }>(),
    'Discovery Requested': props<{ node: NodeDetail }>(),
    'Discovery Request Failed': props<{ error: ApiError }>(),
    'Text Encoding Saved': props<{ node: NodeDetail }>(),
    'Text Encoding Save Failed': props<{ error: ApiError }>(),
  },
});
