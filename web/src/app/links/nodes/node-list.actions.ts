import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { DiscoveryStatus, NodeReachability, NodeSortKey } from './node-choices';
import type { NodeListQuery, NodePage } from './nodes-api.types';

export const NodeListPageActions = createActionGroup({
  source: 'Node List Page',
  events: {
    /** The page shows the query of its URL: on opening, a shared link, back/forward. */
    'Url Query Changed': props<{ query: NodeListQuery }>(),
    'Search Changed': props<{ q: string }>(),
    'Filters Changed': props<{ reachability: NodeReachability[]; discovery: DiscoveryStatus[] }>(),
    'Sort Changed': props<{ sort: NodeSortKey; order: 'asc' | 'desc' }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
  },
});

export const NodesApiActions = createActionGroup({
  source: 'Nodes API',
  events: {
    'Page Loaded': props<{ page: NodePage }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
  },
});
