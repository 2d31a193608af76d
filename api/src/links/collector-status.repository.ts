import { AlertKind, type CollectorPollGroupStatus } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { toIso, toIsoOrNull, toNumber, toNumberOrNull } from '../platform/sql-values';
import type { CollectorCycleView } from './collector-status.schemas';
import { sqlDateLiteral } from './state-history.repository';

export interface CollectorInstanceRow {
  id: string;
  hostname: string;
  pid: number;
  version: string;
  startedAt: string;
  heartbeatAt: string;
  stoppedAt: string | null;
  isCoordinator: boolean;
  nodesAssigned: number;
  partitionsHeld: number;
  bufferedSamples: number;
  droppedSamples: number;
  pollGroups: CollectorPollGroupStatus[];
}

/** Reads what the collectors report about themselves (collector_instances, collector_cycles). */
export class CollectorStatusRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async instances(): Promise<CollectorInstanceRow[]> {
    const rows = await this.select<Record<string, unknown>>(
      `SELECT id, hostname, pid, version, started_at AS startedAt, heartbeat_at AS heartbeatAt,
         stopped_at AS stoppedAt, is_coordinator AS isCoordinator, nodes_assigned AS nodesAssigned,
         partitions_held AS partitionsHeld, buffered_samples AS bufferedSamples,
         dropped_samples AS droppedSamples, poll_groups AS pollGroups
       FROM collector_instances ORDER BY stopped_at IS NOT NULL, id`,
    );
    return rows.map((row) => ({
      id: String(row['id']),
      hostname: String(row['hostname']),
      pid: toNumber(row['pid']),
      version: String(row['version']),
      startedAt: toIso(row['startedAt']),
      heartbeatAt: toIso(row['heartbeatAt']),
      stoppedAt: toIsoOrNull(row['stoppedAt']),
      isCoordinator: row['isCoordinator'] === true || toNumber(row['isCoordinator']) === 1,
      nodesAssigned: toNumber(row['nodesAssigned']),
      partitionsHeld: toNumber(row['partitionsHeld']),
      bufferedSamples: toNumber(row['bufferedSamples']),
      droppedSamples: toNumber(row['droppedSamples']),
      pollGroups: parsePollGroups(row['pollGroups']),
    }));
  }

  async cyclesSince(since: number): Promise<CollectorCycleView[]> {
    const rows = await this.select<Record<string, unknown>>(
      `SELECT collector_id AS collectorId, poll_group AS pollGroup, started_at AS startedAt,
         duration_ms AS durationMs, interval_seconds AS intervalSeconds, overrun_ms AS overrunMs,
         nodes_polled AS nodesPolled, nodes_failed AS nodesFailed
       FROM collector_cycles WHERE started_at >= :since ORDER BY started_at LIMIT 2000`,
      { since: sqlDateLiteral(this.sequelize, since) },
    );
    return rows.map((row) => ({
      collectorId: String(row['collectorId']),
      pollGroup: (row['pollGroup'] as string | null) ?? null,
      startedAt: toIso(row['startedAt']),
      durationMs: toNumber(row['durationMs']),
      intervalSeconds: toNumberOrNull(row['intervalSeconds']),
      overrunMs: toNumber(row['overrunMs']),
      nodesPolled: toNumber(row['nodesPolled']),
      nodesFailed: toNumber(row['nodesFailed']),
    }));
  }

  /** The collector-stale rule's raise level (heartbeat age, seconds), so page and alert agree. */
  async staleAfterSeconds(): Promise<number | null> {
    const [row] = await this.select<{ threshold: unknown }>(
      `SELECT raise_threshold AS threshold FROM alert_rules WHERE kind = :kind`,
      { kind: AlertKind.CollectorStale },
    );
    return toNumberOrNull(row?.threshold);
  }

  private select<T extends object>(
    sql: string,
    replacements: Record<string, unknown> = {},
  ): Promise<T[]> {
    return this.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  }
}

function parsePollGroups(value: unknown): CollectorPollGroupStatus[] {
  try {
    const parsed: unknown = JSON.parse(String(value ?? '[]'));
    return Array.isArray(parsed) ? (parsed as CollectorPollGroupStatus[]) : [];
  } catch {
    return [];
  }
}
