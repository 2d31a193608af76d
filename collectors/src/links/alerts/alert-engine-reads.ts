import {
  AlertConditionTrack,
  AlertRule,
  type AlertKind,
  type AlertSeverity,
} from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import type { StateChangeRow, ThresholdReading } from './alert-observations';
import type { EngineRule } from './alert-planner';
import type { ConditionTrack } from './condition-track';

/** A rule with what the job needs beyond the engine: kind, severity, levels, webhook. */
export interface LoadedRule extends EngineRule {
  kind: AlertKind;
  severity: AlertSeverity;
  raiseThreshold: number | null;
  clearThreshold: number | null;
  webhookUrl: string | null;
  webhookSecretSealed: string | null;
}

/** A stored track with the ids the writer needs. */
export interface StoredTrack {
  rowId: number;
  alertId: number | null;
  track: ConditionTrack;
}

/** Uplink changes are read in pages; a backlog (engine stopped for hours) drains over runs. */
export const STATE_CHANGES_PER_RUN = 20_000;

/** What the alert job reads. Every query is bounded by what is going on, not by the network. */
export class AlertEngineReads {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly transaction: Transaction,
  ) {}

  async rules(): Promise<LoadedRule[]> {
    const rows = await AlertRule.findAll({ transaction: this.transaction, order: [['id', 'ASC']] });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      severity: row.severity,
      isEnabled: Boolean(row.isEnabled),
      raiseAfterSeconds: row.raiseAfterSeconds,
      clearAfterSeconds: row.clearAfterSeconds,
      raiseThreshold: row.raiseThreshold,
      clearThreshold: row.clearThreshold,
      flapChanges: row.flapChanges,
      flapWindowSeconds: row.flapWindowSeconds,
      webhookUrl: row.webhookUrl,
      webhookSecretSealed: row.webhookSecretSealed,
    }));
  }

  /** Tracks per rule id, keyed by subject id. */
  async tracks(): Promise<Map<number, Map<string, StoredTrack>>> {
    const rows = await AlertConditionTrack.findAll({ transaction: this.transaction });
    const byRule = new Map<number, Map<string, StoredTrack>>();
    for (const row of rows) {
      const tracks = byRule.get(row.ruleId) ?? new Map<string, StoredTrack>();
      tracks.set(row.subjectId, {
        rowId: Number(row.id),
        alertId: row.alertId === null ? null : Number(row.alertId),
        track: {
          holds: Boolean(row.holds),
          changedAt: row.changedAt.getTime(),
          recentChanges: JSON.parse(row.recentChanges) as number[],
          alert: null, // filled in by the job from the alert row (it knows is_flapping)
        },
      });
      byRule.set(row.ruleId, tracks);
    }
    return byRule;
  }

  async flappingOfAlerts(alertIds: readonly number[]): Promise<Map<number, boolean>> {
    if (alertIds.length === 0) return new Map();
    const rows = await this.select<{ id: number; isFlapping: unknown }>(
      `SELECT id, is_flapping AS isFlapping FROM alerts WHERE id IN (:alertIds) AND status = 'open'`,
      { alertIds: [...alertIds] },
    );
    return new Map(rows.map((row) => [Number(row.id), truthy(row.isFlapping)]));
  }

  async cursor(): Promise<number | null> {
    const [row] = await this.select<{ lastId: unknown }>(
      'SELECT last_state_change_id AS lastId FROM alert_engine_state WHERE id = 1',
    );
    return row?.lastId === null || row?.lastId === undefined ? null : Number(row.lastId);
  }

  async latestStateChangeId(): Promise<number> {
    const [row] = await this.select<{ lastId: unknown }>(
      'SELECT MAX(id) AS lastId FROM uplink_state_changes',
    );
    return row?.lastId === null || row?.lastId === undefined ? 0 : Number(row.lastId);
  }

  async stateChangesAfter(cursor: number): Promise<(StateChangeRow & { id: number })[]> {
    const rows = await this.select<{
      id: unknown;
      uplinkId: unknown;
      changedAt: unknown;
      toState: string;
    }>(
      `SELECT id, uplink_id AS uplinkId, changed_at AS changedAt, to_state AS toState
       FROM uplink_state_changes WHERE id > :cursor ORDER BY id LIMIT ${STATE_CHANGES_PER_RUN}`,
      { cursor },
    );
    return rows.map((row) => ({
      id: Number(row.id),
      uplinkId: Number(row.uplinkId),
      changedAt: epochMs(row.changedAt),
      toState: row.toState,
    }));
  }

  /** The first run's snapshot: uplinks now in one of the watched states, since when. */
  async uplinksInStates(states: readonly string[]): Promise<StateChangeRow[]> {
    if (states.length === 0) return [];
    const rows = await this.select<{ id: unknown; state: string; since: unknown }>(
      `SELECT id, state, COALESCE(state_changed_at, evaluated_at) AS since
       FROM uplinks WHERE state IN (:states)`,
      { states: [...states] },
    );
    return rows.map((row) => ({
      uplinkId: Number(row.id),
      toState: row.state,
      changedAt: row.since === null ? Date.now() : epochMs(row.since),
    }));
  }

  /** Utilisation of uplinks at or above the clear level, plus the tracked ones (to see them fall). */
  async utilisation(
    clearLevel: number,
    trackedIds: readonly string[],
  ): Promise<ThresholdReading[]> {
    const readings = new Map<string, number | null>();
    const high = await this.select<{ id: unknown; utilisation: unknown }>(
      'SELECT id, utilisation FROM uplinks WHERE utilisation >= :clearLevel',
      { clearLevel },
    );
    for (const row of high) readings.set(String(row.id), Number(row.utilisation));
    for (let start = 0; start < trackedIds.length; start += 500) {
      const ids = trackedIds.slice(start, start + 500).map(Number);
      const rows = await this.select<{ id: unknown; utilisation: unknown }>(
        'SELECT id, utilisation FROM uplinks WHERE id IN (:ids)',
        { ids },
      );
      for (const row of rows)
        readings.set(String(row.id), row.utilisation === null ? null : Number(row.utilisation));
    }
    return [...readings].map(([subjectId, value]) => ({ subjectId, value }));
  }

  async unreachableNodes(): Promise<Map<string, number | null>> {
    const rows = await this.select<{ id: unknown; since: unknown }>(
      `SELECT id, unreachable_since AS since FROM nodes WHERE reachability = 'unreachable'`,
    );
    return new Map(
      rows.map((row) => [String(row.id), row.since === null ? null : epochMs(row.since)]),
    );
  }

  /** Heartbeat age in seconds of every running collector; a stopped one reads as 0 (not stale). */
  async collectorHeartbeatAges(now: number): Promise<ThresholdReading[]> {
    const rows = await this.select<{ id: string; heartbeatAt: unknown; stoppedAt: unknown }>(
      'SELECT id, heartbeat_at AS heartbeatAt, stopped_at AS stoppedAt FROM collector_instances',
    );
    return rows.map((row) => ({
      subjectId: row.id,
      value: row.stoppedAt !== null ? 0 : Math.max(0, (now - epochMs(row.heartbeatAt)) / 1000),
    }));
  }

  private select<T extends object>(
    sql: string,
    replacements: Record<string, unknown> = {},
  ): Promise<T[]> {
    return this.sequelize.query<T>(sql, {
      type: QueryTypes.SELECT,
      replacements,
      transaction: this.transaction,
    });
  }
}

/** mysql2 gives Date objects, SQLite the stored text (`2026-01-02 03:04:05.678 +00:00`). */
export function epochMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  return new Date(String(value)).getTime();
}

export function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}
