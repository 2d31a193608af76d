import { AlertKind, AlertSeverity, type AlertKind as Kind } from './choices';

/** A rule's tunable settings, as seeded and as the system admin edits them. */
export interface AlertRuleSettings {
  kind: Kind;
  severity: AlertSeverity;
  isEnabled: boolean;
  /** The condition must hold this long before the alert is raised (hysteresis). */
  raiseAfterSeconds: number;
  /** The condition must be gone this long before the alert clears (hysteresis). */
  clearAfterSeconds: number;
  /**
   * Threshold rules only. Congested: utilisation share of the contract (0.9 = 90 %); collector
   * stale: heartbeat age in seconds. The condition starts at ≥ raise and ends below clear, so a
   * value hovering around one level does not toggle it.
   */
  raiseThreshold: number | null;
  clearThreshold: number | null;
  /** Flap damping: this many changes of the condition within the window mark it flapping. */
  flapChanges: number;
  flapWindowSeconds: number;
}

/**
 * The rules a new database starts with. Hysteresis times are multiples of the default one-minute
 * poll: an outage must be seen on one poll to raise, a recovery held for two to clear.
 * Under-provisioning is a procurement matter, so it waits ten minutes either way.
 */
export const DEFAULT_ALERT_RULES: readonly AlertRuleSettings[] = [
  rule(AlertKind.UplinkDown, AlertSeverity.Critical, 60, 120),
  rule(AlertKind.RedundancyLost, AlertSeverity.Major, 120, 300),
  {
    ...rule(AlertKind.Congested, AlertSeverity.Minor, 300, 300),
    raiseThreshold: 0.9,
    clearThreshold: 0.8,
  },
  rule(AlertKind.UnderProvisioned, AlertSeverity.Warning, 600, 600),
  // The collector already waits for several failed polls in a row before it says unreachable.
  rule(AlertKind.NodeUnreachable, AlertSeverity.Critical, 0, 60),
  // Heartbeats come every few seconds; three minutes of silence is a collector gone.
  {
    ...rule(AlertKind.CollectorStale, AlertSeverity.Major, 0, 0),
    raiseThreshold: 180,
    clearThreshold: 60,
  },
];

function rule(
  kind: Kind,
  severity: AlertSeverity,
  raiseAfterSeconds: number,
  clearAfterSeconds: number,
): AlertRuleSettings {
  return {
    kind,
    severity,
    isEnabled: true,
    raiseAfterSeconds,
    clearAfterSeconds,
    raiseThreshold: null,
    clearThreshold: null,
    flapChanges: 5,
    flapWindowSeconds: 1800,
  };
}
