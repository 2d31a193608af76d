import type { Params } from '@angular/router';
import {
  DISCOVERY_STATUSES,
  NODE_REACHABILITIES,
  NODE_SORT_KEYS,
  type DiscoveryStatus,
  type NodeReachability,
  type NodeSortKey,
} from './node-choices';
import { DEFAULT_NODE_LIST_QUERY, type NodeListQuery } from './nodes-api.types';

/** Route of the node list; its query params are a NodeListQuery, so a view can be shared. */
export const NODE_LIST_PATH = '/links/nodes';
export const NODE_PAGE_SIZES = [25, 50, 100] as const;

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

/** Known values only, each once: a hand-edited URL never reaches the API as a 400. */
function listOf<T extends string>(value: unknown, choices: readonly T[]): T[] {
  const parts = (single(value) ?? '').split(',').map((part) => part.trim());
  return choices.filter((choice) => parts.includes(choice));
}

function positiveInteger(value: unknown, fallback: number): number {
  const number = Number(single(value));
  return Number.isInteger(number) && number >= 1 ? number : fallback;
}

export function parseNodeListQuery(params: Params): NodeListQuery {
  const sort = single(params['sort']);
  const pageSize = positiveInteger(params['pageSize'], DEFAULT_NODE_LIST_QUERY.pageSize);
  return {
    q: (single(params['q']) ?? '').trim().slice(0, 64),
    reachability: listOf<NodeReachability>(params['reachability'], NODE_REACHABILITIES),
    discovery: listOf<DiscoveryStatus>(params['discovery'], DISCOVERY_STATUSES),
    sort: (NODE_SORT_KEYS as readonly string[]).includes(sort ?? '')
      ? (sort as NodeSortKey)
      : DEFAULT_NODE_LIST_QUERY.sort,
    order: single(params['order']) === 'desc' ? 'desc' : 'asc',
    page: positiveInteger(params['page'], 1),
    pageSize: (NODE_PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_NODE_LIST_QUERY.pageSize,
  };
}

/** The URL form: defaults are left out, so the plain list has a plain address. */
export function toNodeListQueryParams(query: NodeListQuery): Params {
  const params: Params = {};
  if (query.q) params['q'] = query.q;
  if (query.reachability.length > 0) params['reachability'] = query.reachability.join(',');
  if (query.discovery.length > 0) params['discovery'] = query.discovery.join(',');
  if (query.sort !== DEFAULT_NODE_LIST_QUERY.sort) params['sort'] = query.sort;
  if (query.order !== 'asc') params['order'] = query.order;
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_NODE_LIST_QUERY.pageSize)
    params['pageSize'] = String(query.pageSize);
  return params;
}

export function isSameNodeListQuery(a: NodeListQuery, b: NodeListQuery): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
