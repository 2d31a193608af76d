/**
 * Choice sets of the alerts domain, defined once in database/src/alerts/choices.ts (compiled by
 * the console too).
 */
export {
  ALERT_EVENT_TYPES,
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  AlertEventType,
  AlertKind,
  AlertSeverity,
  AlertStatus,
} from '@extranet/alert-choices';
