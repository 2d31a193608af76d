// Public surface of @extranet/collectors: what the API, the launcher and tests use.

// Pure rules of the links domain.
export {
  ABSOLUTE_MAX_BPS,
  DEFAULT_MAX_SHARE_OF_PORT_SPEED,
  UnknownIntervalReason,
  classifyUptime,
  computeInterfaceRate,
  counterDelta,
  decodeCounter64,
  type CounterReading,
  type RateOptions,
  type RateOutcome,
  type UptimeContinuity,
} from './links/counter-rate';
export {
  DEFAULT_CONGESTION_THRESHOLD,
  evaluateTier,
  memberUtilisation,
  type MemberInput,
  type MemberRef,
  type TierEvaluation,
  type TierEvaluationInput,
  type TierPolicyInput,
  type TierReason,
} from './links/tier-evaluation';
export {
  formatMbps,
  formatTierReasonZh,
  memberLabel,
  shortCarrierName,
} from './links/tier-reason-text';

// Alerts: the engine run by the exclusive evaluate-alerts job, and webhook signing.
export {
  runAlertEvaluation,
  type AlertEvaluationOptions,
  type AlertEvaluationReport,
} from './links/alerts/alert-evaluation';
export { DEFAULT_ALERT_EVALUATION_CRON, EVALUATE_ALERTS_JOB } from './links/alerts/alert-jobs';
export { isAllowedWebhookUrl } from './links/alerts/webhook-delivery';
export {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  isValidWebhookSignature,
  signWebhookBody,
} from './links/alerts/webhook-signature';

// Polling.
export type { CommunityOpener } from './links/community-opener';
export {
  DEFAULT_SNMP_POLLER_OPTIONS,
  PollError,
  SnmpUplinkPoller,
  type InterfaceReading,
  type NodeReading,
  type PollTarget,
  type SnmpPollerOptions,
  type UplinkPoller,
} from './links/snmp-uplink-poller';
export {
  DEFAULT_POLL_CONCURRENCY,
  defaultCollectorId,
  runPollCycle,
  type PollCycleOptions,
  type PollCycleReport,
} from './links/poll-cycle';
export { readCollectorConfig, type CollectorConfig } from './collector-config';
export {
  AUDIT_RETENTION_CRON,
  PURGE_AUDIT_EVENTS_JOB,
  collectorJobs,
  type CollectorJobContext,
} from './schedule/collector-jobs';
export { startSchedule, type CollectorJob, type RunningSchedule } from './schedule/job-scheduler';
export { POLL_UPLINKS_JOB, pollGroupJobs, pollJobName } from './schedule/poll-group-jobs';
export {
  DEFAULT_POLL_INTERVALS,
  parsePollIntervals,
  pollGroupsOf,
  type PollGroup,
  type PollIntervals,
} from './schedule/poll-groups';
export { CollectorRuntime, type CollectorRuntimeOptions } from './runtime/collector-runtime';
export { REDACTED_LOG_PATHS, createLogger } from './logging/logger';

// Simulator.
export {
  DEFAULT_SIMULATOR_CONTROL_PORT,
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from './simulator/simulator';
export { loadSimulatedInventory } from './simulator/simulated-inventory';
export {
  SCENARIO_KINDS,
  ScenarioKind,
  parseScenarioRequest,
  type ActiveScenario,
  type ScenarioRequest,
} from './simulator/scenarios';
export type { NodeScenarios } from './simulator/simulated-network';
export type {
  Direction,
  SimulatedInterfaceSpec,
  SimulatedNodeSpec,
} from './simulator/simulated-node';
export { dailyCurve, dailyCurveIntegral } from './simulator/traffic-model';
