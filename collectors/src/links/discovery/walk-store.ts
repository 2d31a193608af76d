import { DiscoveryOutcome } from '@extranet/database';
import { QueryTypes, Transaction, type Sequelize } from 'sequelize';
import { insertRows, sqlDateTime } from '../batched-writes';
import type { DiscoveredInterface, DiscoveredSystem } from './discovered-interface';
import {
  planInterfaceReconciliation,
  renumberedOf,
  type ReconciliationPlan,
  type StoredInterface,
} from './interface-reconciliation';

const MAX_ERROR_LENGTH = 255;

/** A finished walk, to be stored. */
export interface NodeWalk {
  system: DiscoveredSystem;
  interfaces: DiscoveredInterface[];
  /** False when a bound cut the walk: unseen rows are then not taken for gone. */
  isComplete: boolean;
  /** Why the walk is partial, and what the agent answered wrongly; stored as discovery_error. */
  problems: string[];
}

export interface DiscoverySummary {
  found: number;
  added: number;
  renumbered: number;
  absent: number;
  removed: number;
}

/**
 * Stores a walk in one transaction: the re-match plan (rows follow their ifName, keeping their
 * id and so their samples), the system group, and the outcome. The unique (node_id, if_index)
 * would refuse a swap done row by row, so every row that changes ifIndex or gives it up first
 * parks on its negated id, then takes its new number.
 */
export async function storeNodeWalk(
  sequelize: Sequelize,
  nodeId: number,
  walk: NodeWalk,
  now: Date,
): Promise<DiscoverySummary> {
  const transactionOptions =
    sequelize.getDialect() === 'sqlite' ? { type: Transaction.TYPES.IMMEDIATE } : {};
  return sequelize.transaction(transactionOptions, async (transaction) => {
    const stored = await loadStoredInterfaces(sequelize, nodeId, transaction);
    const plan = planInterfaceReconciliation(stored, walk.interfaces, {
      isWalkComplete: walk.isComplete,
    });
    await applyPlan(sequelize, nodeId, plan, now, transaction);
    const summary: DiscoverySummary = {
      found: walk.interfaces.length,
      added: plan.inserted.length,
      renumbered: renumberedOf(plan).length,
      absent: plan.markedAbsent.length,
      removed: plan.deleted.length,
    };
    await sequelize.query(
      `UPDATE nodes SET sys_descr = :sysDescr, sys_object_id = :sysObjectId, sys_name = :sysName,
              hex_text_fields = :hexTextFields, discovery_finished_at = :now,
              discovery_outcome = :outcome, discovery_error = :error, discovery_summary = :summary
        WHERE id = :nodeId`,
      {
        transaction,
        replacements: {
          ...walk.system,
          hexTextFields: walk.system.hexTextFields.join(',') || null,
          now: sqlDateTime(sequelize, now),
          outcome: walk.isComplete ? DiscoveryOutcome.Complete : DiscoveryOutcome.Partial,
          error: walk.problems.join('; ').slice(0, MAX_ERROR_LENGTH) || null,
          summary: JSON.stringify(summary),
          nodeId,
        },
      },
    );
    return summary;
  });
}

async function loadStoredInterfaces(
  sequelize: Sequelize,
  nodeId: number,
  transaction: Transaction,
): Promise<StoredInterface[]> {
  const rows = await sequelize.query<{
    id: number;
    ifIndex: number;
    ifName: string;
    isPresent: unknown;
    hasHistory: unknown;
  }>(
    `SELECT i.id, i.if_index AS ifIndex, i.if_name AS ifName, i.is_present AS isPresent,
            CASE WHEN EXISTS (SELECT 1 FROM uplink_members m WHERE m.interface_id = i.id)
                   OR EXISTS (SELECT 1 FROM interface_counter_states c WHERE c.interface_id = i.id)
                   OR EXISTS (SELECT 1 FROM interface_samples s WHERE s.interface_id = i.id)
                 THEN 1 ELSE 0 END AS hasHistory
       FROM interfaces i WHERE i.node_id = :nodeId`,
    { type: QueryTypes.SELECT, replacements: { nodeId }, transaction },
  );
  return rows.map((row) => ({
    id: Number(row.id),
    ifIndex: Number(row.ifIndex),
    ifName: row.ifName,
    isPresent: row.isPresent === true || Number(row.isPresent) === 1,
    hasHistory: Number(row.hasHistory) === 1,
  }));
}

async function applyPlan(
  sequelize: Sequelize,
  nodeId: number,
  plan: ReconciliationPlan,
  now: Date,
  transaction: Transaction,
): Promise<void> {
  const run = (sql: string, replacements: Record<string, unknown>) =>
    sequelize.query(sql, { transaction, replacements });
  const at = sqlDateTime(sequelize, now);
  const moving = [
    ...plan.matched.filter((match) => match.previousIfIndex !== match.discovered.ifIndex),
    ...plan.markedAbsent,
  ].map((row) => row.id);
  if (moving.length > 0) {
    await run('UPDATE interfaces SET if_index = -id WHERE id IN (:ids)', { ids: moving });
  }
  if (plan.deleted.length > 0) {
    await run('DELETE FROM interfaces WHERE id IN (:ids)', { ids: plan.deleted.map((r) => r.id) });
  }
  if (plan.markedAbsent.length > 0) {
    await run(
      `UPDATE interfaces SET is_present = :isPresent, absent_since = COALESCE(absent_since, :at)
        WHERE id IN (:ids)`,
      { isPresent: false, at, ids: plan.markedAbsent.map((row) => row.id) },
    );
  }
  for (const match of plan.matched) {
    await run(
      `UPDATE interfaces SET if_index = :ifIndex, if_name = :ifName, if_alias = :ifAlias,
              if_descr = :ifDescr, if_type = :ifType, phys_address = :physAddress,
              speed_mbps = :speedMbps, admin_status = :adminStatus, oper_status = :operStatus,
              hex_text_fields = :hexTextFields, last_discovered_at = :at,
              is_present = :isPresent, absent_since = NULL
        WHERE id = :id`,
      { ...interfaceColumns(match.discovered), at, isPresent: true, id: match.id },
    );
  }
  await insertRows(
    sequelize,
    'interfaces',
    plan.inserted.map((iface) => {
      const columns = interfaceColumns(iface);
      return {
        node_id: nodeId,
        if_index: columns.ifIndex,
        if_name: columns.ifName,
        if_alias: columns.ifAlias,
        if_descr: columns.ifDescr,
        if_type: columns.ifType,
        phys_address: columns.physAddress,
        speed_mbps: columns.speedMbps,
        admin_status: columns.adminStatus,
        oper_status: columns.operStatus,
        hex_text_fields: columns.hexTextFields,
        last_discovered_at: now,
        is_present: true,
        created_at: now,
        updated_at: now,
      };
    }),
    transaction,
  );
}

function interfaceColumns(iface: DiscoveredInterface) {
  return {
    ifIndex: iface.ifIndex,
    ifName: iface.ifName,
    ifAlias: iface.ifAlias,
    ifDescr: iface.ifDescr,
    ifType: iface.ifType,
    physAddress: iface.physAddress,
    speedMbps: iface.speedMbps,
    adminStatus: iface.adminStatus,
    operStatus: iface.operStatus,
    hexTextFields: iface.hexTextFields.join(',') || null,
  };
}
