import {
  DiscoveryOutcome,
  TEXT_ENCODINGS,
  TextEncoding,
  type DiscoveryReason,
} from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { sqlDateTime } from '../batched-writes';

/**
 * The discovery queue in the nodes table: requests (discovery_requested_at), claims (a walk
 * under way), and the outcomes a walk may end with without storing anything.
 */
/** A node whose discovery was claimed: where to walk and how to read its text. */
export interface DiscoveryTarget {
  nodeId: number;
  hostname: string;
  host: string;
  port: number;
  communitySealed: string;
  textEncoding: TextEncoding;
  reason: DiscoveryReason | null;
}

const MAX_ERROR_LENGTH = 255;

/**
 * Takes up to `limit` requested nodes, oldest request first, and marks them running. The
 * discovery jobs are exclusive (one collector in a cluster runs them), so the claim needs no
 * lock beyond its UPDATE.
 */
export async function claimRequestedDiscoveries(
  sequelize: Sequelize,
  limit: number,
  now: Date,
): Promise<DiscoveryTarget[]> {
  const rows = await sequelize.query<{
    id: number;
    hostname: string;
    mgmtAddress: string;
    snmpPort: number;
    communitySealed: string;
    textEncoding: string | null;
    reason: string | null;
  }>(
    `SELECT id, hostname, mgmt_address AS mgmtAddress, snmp_port AS snmpPort,
            snmp_community_sealed AS communitySealed, text_encoding AS textEncoding,
            discovery_request_reason AS reason
       FROM nodes WHERE discovery_requested_at IS NOT NULL
      ORDER BY discovery_requested_at, id LIMIT :limit`,
    { type: QueryTypes.SELECT, replacements: { limit } },
  );
  if (rows.length === 0) return [];
  await sequelize.query(
    `UPDATE nodes SET discovery_requested_at = NULL, discovery_started_at = :now
      WHERE id IN (:ids)`,
    { replacements: { now: sqlDateTime(sequelize, now), ids: rows.map((row) => row.id) } },
  );
  return rows.map((row) => ({
    nodeId: Number(row.id),
    hostname: row.hostname,
    host: row.mgmtAddress,
    port: Number(row.snmpPort),
    communitySealed: row.communitySealed,
    textEncoding: toTextEncoding(row.textEncoding),
    reason: row.reason as DiscoveryReason | null,
  }));
}

function toTextEncoding(value: string | null): TextEncoding {
  return TEXT_ENCODINGS.includes(value as TextEncoding)
    ? (value as TextEncoding)
    : TextEncoding.Auto;
}

/** Asks for a walk of the given nodes (or of every polled node), unless one is already asked. */
export async function requestDiscovery(
  sequelize: Sequelize,
  reason: DiscoveryReason,
  now: Date,
  nodeIds: readonly number[] | 'all-polled',
): Promise<number> {
  if (nodeIds !== 'all-polled' && nodeIds.length === 0) return 0;
  const which = nodeIds === 'all-polled' ? 'is_polled = :isPolled' : 'id IN (:ids)';
  return sequelize.query(
    `UPDATE nodes SET discovery_requested_at = :now, discovery_request_reason = :reason
      WHERE discovery_requested_at IS NULL AND ${which}`,
    {
      type: QueryTypes.BULKUPDATE,
      replacements: { now: sqlDateTime(sequelize, now), reason, isPolled: true, ids: nodeIds },
    },
  );
}

/**
 * Nodes whose poll found another port behind a member's ifIndex (skip reason
 * interface_renumbered) after their last discovery finished, and whose last discovery finished
 * at least `quietMs` ago: the poll may go on reading the old numbering for a while after a
 * walk (its targets are cached), and a node whose names keep disagreeing must not be walked
 * every few seconds.
 */
export async function findRenumberedNodes(
  sequelize: Sequelize,
  now: Date,
  quietMs: number,
): Promise<number[]> {
  const rows = await sequelize.query<{ id: number }>(
    `SELECT DISTINCT n.id FROM nodes n
       JOIN interfaces i ON i.node_id = n.id
       JOIN interface_counter_states c ON c.interface_id = i.id
      WHERE c.last_skip_reason = :reason
        AND n.discovery_requested_at IS NULL
        AND (n.discovery_finished_at IS NULL OR c.last_skip_at > n.discovery_finished_at)
        AND (n.discovery_finished_at IS NULL OR n.discovery_finished_at < :quietSince)`,
    {
      type: QueryTypes.SELECT,
      replacements: {
        reason: 'interface_renumbered',
        quietSince: sqlDateTime(sequelize, new Date(now.getTime() - quietMs)),
      },
    },
  );
  return rows.map((row) => Number(row.id));
}

/**
 * A walk that started before `staleBefore` and never finished belonged to a collector that
 * stopped: it is closed as failed, so the console does not show it running forever, and asked
 * again (same reason), so a node added just before the stop is not left unwalked for a day.
 */
export async function closeInterruptedDiscoveries(
  sequelize: Sequelize,
  staleBefore: Date,
  now: Date,
): Promise<number> {
  return sequelize.query(
    `UPDATE nodes SET discovery_finished_at = :now, discovery_outcome = :failed,
            discovery_error = :error,
            discovery_requested_at = COALESCE(discovery_requested_at, :now)
      WHERE discovery_started_at < :staleBefore
        AND (discovery_finished_at IS NULL OR discovery_finished_at < discovery_started_at)`,
    {
      // BULKUPDATE makes both drivers answer with the number of rows changed.
      type: QueryTypes.BULKUPDATE,
      replacements: {
        now: sqlDateTime(sequelize, now),
        staleBefore: sqlDateTime(sequelize, staleBefore),
        failed: DiscoveryOutcome.Failed,
        error: 'interrupted: the collector stopped during the walk',
      },
    },
  );
}

export async function recordDiscoveryFailure(
  sequelize: Sequelize,
  nodeId: number,
  error: string,
  now: Date,
): Promise<void> {
  await sequelize.query(
    `UPDATE nodes SET discovery_finished_at = :now, discovery_outcome = :failed,
            discovery_error = :error WHERE id = :nodeId`,
    {
      replacements: {
        now: sqlDateTime(sequelize, now),
        failed: DiscoveryOutcome.Failed,
        error: error.slice(0, MAX_ERROR_LENGTH),
        nodeId,
      },
    },
  );
}
