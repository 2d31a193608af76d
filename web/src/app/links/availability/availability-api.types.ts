import type { UnitRef } from '../links-api.types';

export const AVAILABILITY_LEVELS = ['city', 'county', 'township', 'village', 'department'] as const;
export type AvailabilityLevel = (typeof AVAILABILITY_LEVELS)[number];
export const AVAILABILITY_SORT_KEYS = [
  'availability',
  'downSeconds',
  'uplinks',
  'code',
  'name',
] as const;
export type AvailabilitySortKey = (typeof AVAILABILITY_SORT_KEYS)[number];

export interface AvailabilityFigures {
  /** 0..1, null when nothing in the month had a known state. */
  availability: number | null;
  downSeconds: number;
  knownSeconds: number;
  unknownSeconds: number;
}

export interface UnitAvailability extends AvailabilityFigures {
  unit: UnitRef;
  uplinks: number;
  ownUplinkId: number | null;
}

export interface AvailabilityPage {
  month: string;
  from: string;
  to: string;
  items: UnitAvailability[];
  total: number;
  page: number;
  pageSize: number;
  overall: AvailabilityFigures & { uplinks: number };
}

export interface UplinkAvailability {
  uplinkId: number;
  items: (AvailabilityFigures & { month: string; from: string; to: string })[];
}

export interface AvailabilityQuery {
  /** null: the running month. */
  month: string | null;
  level: AvailabilityLevel;
  q: string;
  sort: AvailabilitySortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Worst first: the units that need attention lead the list. */
export const DEFAULT_AVAILABILITY_QUERY: AvailabilityQuery = {
  month: null,
  level: 'city',
  q: '',
  sort: 'availability',
  order: 'asc',
  page: 1,
  pageSize: 25,
};

export function toAvailabilityParams(query: AvailabilityQuery): Record<string, string> {
  const params: Record<string, string> = {
    level: query.level,
    sort: query.sort,
    order: query.order,
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
  if (query.month) params['month'] = query.month;
  if (query.q.trim()) params['q'] = query.q.trim();
  return params;
}

/** 0.99912 → "99.912 %": availability is read to three decimals (43 s a month is 0.001 %). */
export function formatAvailability(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(3)} %`;
}
