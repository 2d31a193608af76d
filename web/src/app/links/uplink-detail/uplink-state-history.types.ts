import type { UplinkState } from '../links-choices';

/** `GET /api/uplinks/:id/state-history` (docs/CONTRACTS.md, monitoring console). */
export interface UplinkStateChange {
  id: number;
  changedAt: string;
  fromState: UplinkState | null;
  toState: UplinkState;
  reasonCode: string;
  reasonParams: Record<string, unknown>;
  reasonText: string;
}

export interface UplinkStateHistory {
  items: UplinkStateChange[];
  total: number;
  page: number;
  pageSize: number;
  from: string;
  to: string;
  segments: { start: string; end: string; state: UplinkState | null }[];
}

export const STATE_HISTORY_WINDOWS = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
} as const;
export type StateHistoryWindow = keyof typeof STATE_HISTORY_WINDOWS;
