/** Response shapes of the alerts API (docs/CONTRACTS.md, "monitoring console"). */
import type { UnitRef } from '../links-api.types';
import type { AlertEventType, AlertKind, AlertSeverity, AlertStatus } from './alert-choices';

export interface AlertSummary {
  id: number;
  kind: AlertKind;
  severity: AlertSeverity;
  status: AlertStatus;
  isFlapping: boolean;
  subject: { type: 'uplink' | 'node' | 'collector'; id: string };
  unit: UnitRef | null;
  summary: string;
  details: Record<string, unknown>;
  conditionSince: string;
  raisedAt: string;
  clearedAt: string | null;
  acknowledgement: { at: string; by: string; comment: string } | null;
}

export interface AlertPage {
  items: AlertSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AlertEvent {
  id: number;
  occurredAt: string;
  type: AlertEventType;
  username: string | null;
  comment: string | null;
  details: Record<string, unknown> | null;
}

export interface AlertDetail extends AlertSummary {
  events: AlertEvent[];
}

export interface AlertCounts {
  open: number;
  unacknowledged: number;
  bySeverity: Record<AlertSeverity, number>;
  unacknowledgedBySeverity: Record<AlertSeverity, number>;
  latestRaisedAt: string | null;
}

export interface AlertRule {
  id: number;
  kind: AlertKind;
  severity: AlertSeverity;
  isEnabled: boolean;
  raiseAfterSeconds: number;
  clearAfterSeconds: number;
  raiseThreshold: number | null;
  clearThreshold: number | null;
  flapChanges: number;
  flapWindowSeconds: number;
  webhookUrl: string | null;
  hasWebhookSecret: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

export type AlertRulePatch = Partial<
  Omit<AlertRule, 'id' | 'kind' | 'hasWebhookSecret' | 'updatedAt' | 'updatedBy'>
> & { webhookSecret?: string | null };
