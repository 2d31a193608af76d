import type { Params } from '@angular/router';
import { type Role, isRole } from '../../auth/roles';

export const ACCOUNT_LIST_PATH = '/admin/accounts';
export const ACCOUNT_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = ACCOUNT_PAGE_SIZES[0];

/** What the account list shows; it lives in the URL like the uplink list's query. */
export interface AccountQuery {
  /** Username or display name, matched by the API. */
  q: string;
  role: Role | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export type AccountFilters = Pick<AccountQuery, 'q' | 'role'>;

export const DEFAULT_ACCOUNT_QUERY: AccountQuery = {
  q: '',
  role: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

function positiveInt(value: unknown): number | null {
  const text = single(value);
  return text !== null && /^[1-9]\d*$/.test(text) ? Number(text) : null;
}

/** Reads the URL; what it does not understand falls back to the default, never to a 400. */
export function parseAccountQuery(params: Params): AccountQuery {
  const role = single(params['role']);
  const pageSize = positiveInt(params['pageSize']);
  return {
    q: single(params['q'])?.trim() ?? '',
    role: role && isRole(role) ? role : null,
    page: positiveInt(params['page']) ?? 1,
    pageSize:
      pageSize !== null && (ACCOUNT_PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
  };
}

/** URL query params; defaults are left out. */
export function toAccountQueryParams(query: AccountQuery): Params {
  const params: Params = {};
  if (query.q) params['q'] = query.q;
  if (query.role) params['role'] = query.role;
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params['pageSize'] = String(query.pageSize);
  return params;
}

/** Parameters of `GET /api/admin/accounts` (the API's names are the URL's names). */
export function toAccountRequestParams(query: AccountQuery): Record<string, string> {
  return {
    ...toAccountQueryParams(query),
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
}

export function withAccountFilters(query: AccountQuery, filters: AccountFilters): AccountQuery {
  return { ...query, ...filters, page: 1 };
}

export function isSameAccountQuery(a: AccountQuery, b: AccountQuery): boolean {
  return a.q === b.q && a.role === b.role && a.page === b.page && a.pageSize === b.pageSize;
}
