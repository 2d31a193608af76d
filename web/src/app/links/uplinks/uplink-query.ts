import type { Params } from '@angular/router';
import { type UnitLevel, type UplinkState, isUnitLevel, isUplinkState } from '../links-choices';

export const UPLINK_SORT_KEYS = [
  'name',
  'code',
  'level',
  'state',
  'inBps',
  'outBps',
  'utilisation',
  'stateChangedAt',
] as const;
export type UplinkSortKey = (typeof UPLINK_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** Route of the uplink list (its query params are an UplinkQuery). */
export const UPLINK_LIST_PATH = '/links/uplinks';

export const PAGE_SIZE_OPTIONS = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = PAGE_SIZE_OPTIONS[0];

/** What the uplink list shows; it lives in the URL so a view can be shared as a link. */
export interface UplinkQuery {
  levels: UnitLevel[];
  states: UplinkState[];
  /** Code of a city-level unit: uplinks in its subtree. */
  city: string | null;
  /** Free text matched by the API against unit name or code. */
  q: string;
  sort: UplinkSortKey | null;
  order: SortOrder;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export type UplinkFilters = Pick<UplinkQuery, 'levels' | 'states' | 'city' | 'q'>;

export const DEFAULT_UPLINK_QUERY: UplinkQuery = {
  levels: [],
  states: [],
  city: null,
  q: '',
  sort: null,
  order: 'asc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

function list(value: unknown): string[] {
  const text = single(value);
  return text ? text.split(',').map((part) => part.trim()) : [];
}

function positiveInt(value: unknown): number | null {
  const text = single(value);
  if (text === null || !/^\d+$/.test(text)) {
    return null;
  }
  const number = Number(text);
  return number >= 1 ? number : null;
}

/**
 * Reads a query from URL query params. Anything it does not understand (a hand-edited or old
 * link) falls back to the default rather than reaching the API as a 400.
 */
export function parseUplinkQuery(params: Params): UplinkQuery {
  const sort = single(params['sort']);
  const pageSize = positiveInt(params['pageSize']);
  return {
    levels: [...new Set(list(params['level']).filter(isUnitLevel))],
    states: [...new Set(list(params['state']).filter(isUplinkState))],
    city: single(params['city'])?.trim() || null,
    q: single(params['q'])?.trim() ?? '',
    sort: (UPLINK_SORT_KEYS as readonly string[]).includes(sort ?? '')
      ? (sort as UplinkSortKey)
      : null,
    order: single(params['order']) === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params['page']) ?? 1,
    pageSize:
      pageSize !== null && (PAGE_SIZE_OPTIONS as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
  };
}

/** URL query params for a query; defaults are left out so shared links stay short. */
export function toUplinkQueryParams(query: UplinkQuery): Params {
  const params: Params = {};
  if (query.levels.length) params['level'] = query.levels.join(',');
  if (query.states.length) params['state'] = query.states.join(',');
  if (query.city) params['city'] = query.city;
  if (query.q) params['q'] = query.q;
  if (query.sort) {
    params['sort'] = query.sort;
    params['order'] = query.order;
  }
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params['pageSize'] = String(query.pageSize);
  return params;
}

/** Parameters of `GET /api/uplinks` for a query (the API's names are the URL's names). */
export function toUplinkRequestParams(query: UplinkQuery): Record<string, string> {
  return {
    ...toUplinkQueryParams(query),
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
}

/** New filters show their results from the first page. */
export function withFilters(query: UplinkQuery, filters: UplinkFilters): UplinkQuery {
  return { ...query, ...filters, page: 1 };
}

export function withSort(
  query: UplinkQuery,
  sort: UplinkSortKey | null,
  order: SortOrder,
): UplinkQuery {
  return { ...query, sort, order: sort ? order : 'asc', page: 1 };
}

export function withPage(query: UplinkQuery, page: number, pageSize: number): UplinkQuery {
  return { ...query, page, pageSize };
}

export function isSameUplinkQuery(a: UplinkQuery, b: UplinkQuery): boolean {
  return (
    a.levels.join() === b.levels.join() &&
    a.states.join() === b.states.join() &&
    a.city === b.city &&
    a.q === b.q &&
    a.sort === b.sort &&
    a.order === b.order &&
    a.page === b.page &&
    a.pageSize === b.pageSize
  );
}
