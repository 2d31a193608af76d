import type { AlertKind, AlertSeverity, AlertStatus } from './alert-choices';

export const ALERT_SORT_KEYS = [
  'raisedAt',
  'severity',
  'kind',
  'unit',
  'status',
  'clearedAt',
] as const;
export type AlertSortKey = (typeof ALERT_SORT_KEYS)[number];
export const ALERT_PAGE_SIZE_OPTIONS = [25, 50, 100] as const;

export interface AlertFilters {
  statuses: AlertStatus[];
  severities: AlertSeverity[];
  kinds: AlertKind[];
  /** null: both. */
  acknowledged: boolean | null;
  q: string;
}

export interface AlertQuery extends AlertFilters {
  sort: AlertSortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Open alerts, newest first: what an operator on shift wants to see first. */
export const DEFAULT_ALERT_QUERY: AlertQuery = {
  statuses: ['open'],
  severities: [],
  kinds: [],
  acknowledged: null,
  q: '',
  sort: 'raisedAt',
  order: 'desc',
  page: 1,
  pageSize: 25,
};

/** The API's query parameters; empty filters are left out (the API rejects empty lists). */
export function toAlertRequestParams(query: AlertQuery): Record<string, string> {
  const params: Record<string, string> = {
    sort: query.sort,
    order: query.order,
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
  if (query.statuses.length > 0) params['status'] = query.statuses.join(',');
  if (query.severities.length > 0) params['severity'] = query.severities.join(',');
  if (query.kinds.length > 0) params['kind'] = query.kinds.join(',');
  if (query.acknowledged !== null) params['acknowledged'] = String(query.acknowledged);
  const q = query.q.trim();
  if (q) params['q'] = q;
  return params;
}

/** New filters start again from the first page. */
export function withAlertFilters(query: AlertQuery, filters: AlertFilters): AlertQuery {
  return { ...query, ...filters, page: 1 };
}
