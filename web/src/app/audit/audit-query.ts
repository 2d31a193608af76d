import { HttpParams } from '@angular/common/http';
import type { Params } from '@angular/router';
import { type AuditResult, isAuditResult } from './audit-choices';

export const AUDIT_PATH = '/audit';
export const AUDIT_CSV_URL = '/api/audit/events.csv';
export const AUDIT_PAGE_SIZES = [50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = AUDIT_PAGE_SIZES[0];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the audit page shows; it lives in the URL so an auditor can share a view. Dates are
 * local calendar days (`YYYY-MM-DD`), both inclusive; the API gets them as UTC instants.
 */
export interface AuditQuery {
  from: string | null;
  to: string | null;
  username: string;
  action: string;
  objectType: string;
  result: AuditResult | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export const DEFAULT_AUDIT_QUERY: AuditQuery = {
  from: null,
  to: null,
  username: '',
  action: '',
  objectType: '',
  result: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

function date(value: unknown): string | null {
  const text = single(value);
  return text && DATE_PATTERN.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

function positiveInt(value: unknown): number | null {
  const text = single(value);
  return text !== null && /^[1-9]\d*$/.test(text) ? Number(text) : null;
}

export function parseAuditQuery(params: Params): AuditQuery {
  const result = single(params['result']);
  const pageSize = positiveInt(params['pageSize']);
  return {
    from: date(params['from']),
    to: date(params['to']),
    username: single(params['username'])?.trim() ?? '',
    action: single(params['action'])?.trim() ?? '',
    objectType: single(params['objectType'])?.trim() ?? '',
    result: result && isAuditResult(result) ? result : null,
    page: positiveInt(params['page']) ?? 1,
    pageSize:
      pageSize !== null && (AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
  };
}

/** URL query params; empty filters and defaults are left out. */
export function toAuditQueryParams(query: AuditQuery): Params {
  const params: Params = {};
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.username) params['username'] = query.username;
  if (query.action) params['action'] = query.action;
  if (query.objectType) params['objectType'] = query.objectType;
  if (query.result) params['result'] = query.result;
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params['pageSize'] = String(query.pageSize);
  return params;
}

/** Start of a local calendar day as a UTC instant. */
export function startOfLocalDay(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth).toISOString();
}

/** The filters as the API names them; `to` is exclusive there, so it is the next day's start. */
export function toAuditFilterParams(query: AuditQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.from) params['from'] = startOfLocalDay(query.from);
  if (query.to) {
    const [year, month, day] = query.to.split('-').map(Number);
    params['to'] = new Date(year, month - 1, day + 1).toISOString();
  }
  if (query.username) params['username'] = query.username;
  if (query.action) params['action'] = query.action;
  if (query.objectType) params['objectType'] = query.objectType;
  if (query.result) params['result'] = query.result;
  return params;
}

/** Parameters of `GET /api/audit/events`. */
export function toAuditRequestParams(query: AuditQuery): Record<string, string> {
  return {
    ...toAuditFilterParams(query),
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
}

/** The CSV export of every record matching the filters (all pages). */
export function auditCsvHref(query: AuditQuery): string {
  const params = new HttpParams({ fromObject: toAuditFilterParams(query) }).toString();
  return params ? `${AUDIT_CSV_URL}?${params}` : AUDIT_CSV_URL;
}

export function withAuditFilters(query: AuditQuery, filters: AuditFilters): AuditQuery {
  return { ...query, ...filters, page: 1 };
}

export function isSameAuditQuery(a: AuditQuery, b: AuditQuery): boolean {
  return (Object.keys(a) as (keyof AuditQuery)[]).every((key) => a[key] === b[key]);
}
