/**
 * Choice sets of the alerts domain, defined once and used by the database, the engine in the
 * collector, the API's schemas and the console (web compiles this file, so it imports nothing).
 */

/** What a rule watches. One rule per kind; the system admin tunes it, nobody adds kinds. */
export const AlertKind = {
  UplinkDown: 'uplink_down',
  RedundancyLost: 'redundancy_lost',
  Congested: 'congested',
  UnderProvisioned: 'under_provisioned',
  NodeUnreachable: 'node_unreachable',
  CollectorStale: 'collector_stale',
} as const;
export type AlertKind = (typeof AlertKind)[keyof typeof AlertKind];
export const ALERT_KINDS: readonly AlertKind[] = Object.values(AlertKind);

/** Most severe first: lists sort in this order. */
export const AlertSeverity = {
  Critical: 'critical',
  Major: 'major',
  Minor: 'minor',
  Warning: 'warning',
} as const;
export type AlertSeverity = (typeof AlertSeverity)[keyof typeof AlertSeverity];
export const ALERT_SEVERITIES: readonly AlertSeverity[] = Object.values(AlertSeverity);

export const AlertStatus = { Open: 'open', Cleared: 'cleared' } as const;
export type AlertStatus = (typeof AlertStatus)[keyof typeof AlertStatus];
export const ALERT_STATUSES: readonly AlertStatus[] = Object.values(AlertStatus);

/** What an alert is about; `subject_id` is the uplink id, the node id or the collector id. */
export const AlertSubjectType = {
  Uplink: 'uplink',
  Node: 'node',
  Collector: 'collector',
} as const;
export type AlertSubjectType = (typeof AlertSubjectType)[keyof typeof AlertSubjectType];

/** The subject each kind of rule watches. */
export const ALERT_KIND_SUBJECT: Readonly<Record<AlertKind, AlertSubjectType>> = {
  [AlertKind.UplinkDown]: AlertSubjectType.Uplink,
  [AlertKind.RedundancyLost]: AlertSubjectType.Uplink,
  [AlertKind.Congested]: AlertSubjectType.Uplink,
  [AlertKind.UnderProvisioned]: AlertSubjectType.Uplink,
  [AlertKind.NodeUnreachable]: AlertSubjectType.Node,
  [AlertKind.CollectorStale]: AlertSubjectType.Collector,
};

/** Every entry of an alert's history. */
export const AlertEventType = {
  Raised: 'raised',
  Cleared: 'cleared',
  Acknowledged: 'acknowledged',
  Unacknowledged: 'unacknowledged',
  FlappingStarted: 'flapping_started',
  FlappingEnded: 'flapping_ended',
  WebhookDelivered: 'webhook_delivered',
  WebhookFailed: 'webhook_failed',
} as const;
export type AlertEventType = (typeof AlertEventType)[keyof typeof AlertEventType];
export const ALERT_EVENT_TYPES: readonly AlertEventType[] = Object.values(AlertEventType);
