import type { CollectorPollGroupStatus } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { insertRows, sqlDateTime } from '../links/batched-writes';

export interface InstanceIdentity {
  id: string;
  hostname: string;
  pid: number;
  version: string;
  startedAt: Date;
}

export interface InstanceHeartbeat {
  at: Date;
  nodesAssigned: number;
  pollGroups: CollectorPollGroupStatus[];
  bufferedSamples: number;
  droppedSamples: number;
  isCoordinator: boolean;
  partitionsHeld: number;
}

/** Adds (or, for a reused COLLECTOR_ID, restarts) this collector's row in collector_instances. */
export async function registerInstance(
  sequelize: Sequelize,
  identity: InstanceIdentity,
): Promise<void> {
  await insertRows(
    sequelize,
    'collector_instances',
    [
      {
        id: identity.id,
        hostname: identity.hostname.slice(0, 255),
        pid: identity.pid,
        version: identity.version.slice(0, 32),
        started_at: identity.startedAt,
        heartbeat_at: identity.startedAt,
        stopped_at: null,
        poll_groups: '[]',
      },
    ],
    null,
    {
      keys: ['id'],
      update: ['hostname', 'pid', 'version', 'started_at', 'heartbeat_at', 'stopped_at'],
    },
  );
}

export async function writeHeartbeat(
  sequelize: Sequelize,
  id: string,
  heartbeat: InstanceHeartbeat,
): Promise<void> {
  await sequelize.query(
    `UPDATE collector_instances
        SET heartbeat_at = :at, nodes_assigned = :nodesAssigned, poll_groups = :pollGroups,
            buffered_samples = :bufferedSamples, dropped_samples = :droppedSamples,
            is_coordinator = :isCoordinator, partitions_held = :partitionsHeld
      WHERE id = :id`,
    {
      type: QueryTypes.BULKUPDATE,
      replacements: {
        id,
        at: sqlDateTime(sequelize, heartbeat.at),
        nodesAssigned: heartbeat.nodesAssigned,
        pollGroups: JSON.stringify(heartbeat.pollGroups),
        bufferedSamples: heartbeat.bufferedSamples,
        droppedSamples: heartbeat.droppedSamples,
        isCoordinator: heartbeat.isCoordinator,
        partitionsHeld: heartbeat.partitionsHeld,
      },
    },
  );
}

export async function markInstanceStopped(
  sequelize: Sequelize,
  id: string,
  at: Date,
): Promise<void> {
  await sequelize.query(
    `UPDATE collector_instances
        SET stopped_at = :at, is_coordinator = :isCoordinator, partitions_held = 0,
            nodes_assigned = 0
      WHERE id = :id`,
    {
      type: QueryTypes.BULKUPDATE,
      replacements: { id, at: sqlDateTime(sequelize, at), isCoordinator: false },
    },
  );
}

/** Collectors that heartbeat within the lease time and did not stop: they share the nodes. */
export async function countLiveInstances(sequelize: Sequelize, since: Date): Promise<number> {
  const [{ live }] = await sequelize.query<{ live: number | string }>(
    `SELECT COUNT(*) AS live FROM collector_instances
      WHERE heartbeat_at > :since AND stopped_at IS NULL`,
    { type: QueryTypes.SELECT, replacements: { since: sqlDateTime(sequelize, since) } },
  );
  return Number(live);
}
