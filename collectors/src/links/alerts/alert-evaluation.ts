import { AlertKind, type AlertKind as Kind } from '@extranet/database';
import type { Logger } from 'pino';
import { Transaction, type Sequelize } from 'sequelize';
import type { CommunityOpener } from '../community-opener';
import { AlertEngineReads, type LoadedRule, type StoredTrack } from './alert-engine-reads';
import { AlertEngineWriter, type AppliedCounts } from './alert-engine-writer';
import {
  UPLINK_STATE_OF_KIND,
  presenceObservations,
  stateChangeObservations,
  thresholdObservations,
  type ObservationsBySubject,
  type StateChangeRow,
} from './alert-observations';
import { planRule } from './alert-planner';
import type { ConditionTrack } from './condition-track';
import { deliverNotifications, type WebhookReport } from './alert-notifications';
import type { WebhookRetryPolicy } from './webhook-retry';

export interface AlertEvaluationOptions {
  sequelize: Sequelize;
  /** Opens the rules' sealed webhook secrets (the SecretBox). */
  secrets: CommunityOpener;
  logger: Logger;
  now?: () => number;
  webhookPolicy?: WebhookRetryPolicy;
}

export interface AlertEvaluationReport extends AppliedCounts {
  stateChangesRead: number;
  durationMs: number;
  webhooks: WebhookReport;
}

/**
 * One run of the alert engine: read what changed since the last run, advance every rule's
 * conditions, and write alerts, history and tracks in one transaction; then tell the rules'
 * webhooks, outside it (a slow receiver must not hold the database).
 */
export async function runAlertEvaluation(
  options: AlertEvaluationOptions,
): Promise<AlertEvaluationReport> {
  const started = performance.now();
  const now = (options.now ?? Date.now)();
  const { sequelize } = options;
  // SQLite: take the write lock first, or the collector's cycle may win it mid-run.
  const transactionOptions =
    sequelize.getDialect() === 'sqlite' ? { type: Transaction.TYPES.IMMEDIATE } : {};
  const { counts, notifications, stateChangesRead } = await sequelize.transaction(
    transactionOptions,
    async (transaction) => {
      const reads = new AlertEngineReads(sequelize, transaction);
      const writer = new AlertEngineWriter(sequelize, transaction, new Date(now));
      const rules = await reads.rules();
      const stored = await withOpenAlerts(reads, await reads.tracks());
      const { changes, cursor } = await readUplinkChanges(reads, rules);
      for (const rule of rules) {
        const storedTracks = stored.get(rule.id) ?? new Map<string, StoredTrack>();
        const tracks = new Map<string, ConditionTrack>(
          [...storedTracks].map(([subjectId, entry]) => [subjectId, entry.track]),
        );
        const observations = await observe(reads, rule, changes, tracks, now);
        await writer.apply(rule, planRule(rule, tracks, observations, now), storedTracks);
      }
      await writer.saveCursor(cursor);
      return {
        counts: writer.counts,
        notifications: writer.notifications,
        stateChangesRead: changes.length,
      };
    },
  );
  const webhooks = await deliverNotifications(options.secrets, notifications, {
    logger: options.logger,
    policy: options.webhookPolicy,
  });
  return {
    ...counts,
    stateChangesRead,
    webhooks,
    durationMs: Math.round(performance.now() - started),
  };
}

/** A track's alert is known open (and flapping or not) only from the alert row itself. */
async function withOpenAlerts(
  reads: AlertEngineReads,
  stored: Map<number, Map<string, StoredTrack>>,
): Promise<Map<number, Map<string, StoredTrack>>> {
  const alertIds = [...stored.values()].flatMap((tracks) =>
    [...tracks.values()].flatMap((entry) => (entry.alertId === null ? [] : [entry.alertId])),
  );
  const flapping = await reads.flappingOfAlerts(alertIds);
  for (const tracks of stored.values()) {
    for (const entry of tracks.values()) {
      const isOpen = entry.alertId !== null && flapping.has(entry.alertId);
      entry.track.alert = isOpen ? { isFlapping: flapping.get(entry.alertId!)! } : null;
      if (!isOpen) entry.alertId = null;
    }
  }
  return stored;
}

/**
 * The uplink state changes since the last run. The very first run has no cursor: rather than
 * replay every change ever stored, it takes the current states as one snapshot.
 */
async function readUplinkChanges(
  reads: AlertEngineReads,
  rules: readonly LoadedRule[],
): Promise<{ changes: StateChangeRow[]; cursor: number }> {
  const cursor = await reads.cursor();
  if (cursor === null) {
    const latest = await reads.latestStateChangeId();
    const watched = rules.flatMap((rule) => UPLINK_STATE_OF_KIND[rule.kind] ?? []);
    return { changes: await reads.uplinksInStates(watched), cursor: latest };
  }
  const changes = await reads.stateChangesAfter(cursor);
  return { changes, cursor: changes.at(-1)?.id ?? cursor };
}

async function observe(
  reads: AlertEngineReads,
  rule: LoadedRule,
  changes: readonly StateChangeRow[],
  tracks: ReadonlyMap<string, ConditionTrack>,
  now: number,
): Promise<ObservationsBySubject> {
  if (!rule.isEnabled) return new Map();
  const watchedState = UPLINK_STATE_OF_KIND[rule.kind];
  if (watchedState) return stateChangeObservations(watchedState, changes, tracks);
  const kind: Kind = rule.kind;
  switch (kind) {
    case AlertKind.Congested: {
      const levels = levelsOf(rule, 0.9, 0.8);
      return thresholdObservations(
        await reads.utilisation(levels.clear, [...tracks.keys()]),
        tracks,
        levels,
        now,
      );
    }
    case AlertKind.NodeUnreachable:
      return presenceObservations(await reads.unreachableNodes(), tracks, now);
    case AlertKind.CollectorStale:
      return thresholdObservations(
        await reads.collectorHeartbeatAges(now),
        tracks,
        levelsOf(rule, 180, 60),
        now,
      );
    default:
      return new Map();
  }
}

function levelsOf(
  rule: LoadedRule,
  raise: number,
  clear: number,
): { raise: number; clear: number } {
  const raiseLevel = rule.raiseThreshold ?? raise;
  return { raise: raiseLevel, clear: Math.min(rule.clearThreshold ?? clear, raiseLevel) };
}
