import { ExtranetNode, type AccountScope, type UnitLevel } from '@extranet/database';
import { QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';
import { offsetOf, type PageRequest } from '../platform/pagination';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { toIso, toIsoOrNull, toNumber } from '../platform/sql-values';
import { toInterfaceView, type InterfaceRow } from './uplink-rows.mapping';
import type { NodeSummary } from './nodes.schemas';
import type { InterfaceView } from './uplinks.schemas';
import { scopeCondition } from './scope.sql';

/** Deliberately no community column: the sealed secret never leaves the collector's path. */
const NODE_SELECT = `
SELECT n.id AS id, n.hostname AS hostname, n.vendor AS vendor, n.mgmt_address AS mgmtAddress,
  n.snmp_port AS snmpPort, n.snmp_version AS snmpVersion, n.is_polled AS isPolled,
  n.last_polled_at AS lastPolledAt, n.last_poll_error AS lastPollError,
  n.created_at AS createdAt, n.updated_at AS updatedAt,
  a.code AS unitCode, a.name AS unitName, a.level AS unitLevel
FROM nodes n JOIN admin_units a ON a.code = n.unit_code`;

interface NodeRow {
  id: unknown;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: unknown;
  snmpVersion: string;
  isPolled: unknown;
  lastPolledAt: unknown;
  lastPollError: string | null;
  createdAt: unknown;
  updatedAt: unknown;
  unitCode: string;
  unitName: string;
  unitLevel: UnitLevel;
}

export function toNodeSummary(row: NodeRow): NodeSummary {
  return {
    id: toNumber(row.id),
    unit: { code: row.unitCode, name: row.unitName, level: row.unitLevel },
    hostname: row.hostname,
    vendor: row.vendor ?? null,
    mgmtAddress: row.mgmtAddress,
    snmpPort: toNumber(row.snmpPort),
    snmpVersion: row.snmpVersion,
    isPolled: row.isPolled === true || toNumber(row.isPolled) === 1,
    lastPolledAt: toIsoOrNull(row.lastPolledAt),
    lastPollError: row.lastPollError ?? null,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
  };
}

export interface NewNode {
  unitCode: string;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  snmpCommunitySealed: string;
}

export type NodeChanges = Partial<Omit<NewNode, 'unitCode'> & { isPolled: boolean }>;

/** Thrown when the unit already has a node (the unique index on unit_code won a race). */
export class NodeAlreadyExistsError extends Error {}

export class NodesRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** One page of the nodes in the scope, searched by `q`. */
  async findPage(
    q: string | undefined,
    scope: AccountScope,
    page: PageRequest,
  ): Promise<{ items: NodeSummary[]; total: number }> {
    const clauses: string[] = [];
    const inScope = scopeCondition('n.unit_code', scope);
    if (inScope.sql) clauses.push(inScope.sql);
    if (q) {
      clauses.push(
        `(n.hostname LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR n.mgmt_address LIKE :contains ${LIKE_ESCAPE_CLAUSE}
         OR a.name LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR a.code LIKE :prefix ${LIKE_ESCAPE_CLAUSE})`,
      );
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const replacements = {
      ...inScope.replacements,
      ...(q ? { contains: `%${escapeLike(q)}%`, prefix: `${escapeLike(q)}%` } : {}),
    };
    const [countRow] = await this.sequelize.query<{ total: unknown }>(
      `SELECT COUNT(*) AS total FROM nodes n JOIN admin_units a ON a.code = n.unit_code ${where}`,
      { type: QueryTypes.SELECT, replacements },
    );
    const total = toNumber(countRow?.total);
    if (total === 0 || offsetOf(page) >= total) return { items: [], total };
    const rows = await this.sequelize.query<NodeRow>(
      `${NODE_SELECT} ${where} ORDER BY a.code LIMIT :limit OFFSET :offset`,
      {
        type: QueryTypes.SELECT,
        replacements: { ...replacements, limit: page.pageSize, offset: offsetOf(page) },
      },
    );
    return { items: rows.map(toNodeSummary), total };
  }

  /** A node by id; with a scope, only if its unit is in it. */
  async findById(
    id: number,
    opts: { scope?: AccountScope; transaction?: Transaction } = {},
  ): Promise<NodeSummary | null> {
    const inScope = opts.scope ? scopeCondition('n.unit_code', opts.scope) : null;
    const [row] = await this.sequelize.query<NodeRow>(
      `${NODE_SELECT} WHERE n.id = :id ${inScope?.sql ? `AND ${inScope.sql}` : ''}`,
      {
        type: QueryTypes.SELECT,
        replacements: { id, ...inScope?.replacements },
        transaction: opts.transaction,
      },
    );
    return row ? toNodeSummary(row) : null;
  }

  async findByUnitCode(unitCode: string, transaction?: Transaction): Promise<NodeSummary | null> {
    const [row] = await this.sequelize.query<NodeRow>(
      `${NODE_SELECT} WHERE n.unit_code = :unitCode`,
      { type: QueryTypes.SELECT, replacements: { unitCode }, transaction },
    );
    return row ? toNodeSummary(row) : null;
  }

  async findInterfaces(nodeId: number, transaction?: Transaction): Promise<InterfaceView[]> {
    const rows = await this.sequelize.query<InterfaceRow>(
      `SELECT i.id AS interfaceId, i.if_index AS ifIndex, i.if_name AS ifName,
         i.if_alias AS ifAlias, i.speed_mbps AS speedMbps, i.oper_status AS operStatus,
         i.admin_status AS adminStatus
       FROM interfaces i WHERE i.node_id = :nodeId ORDER BY i.if_index`,
      { type: QueryTypes.SELECT, replacements: { nodeId }, transaction },
    );
    return rows.map(toInterfaceView);
  }

  async create(node: NewNode, transaction?: Transaction): Promise<number> {
    try {
      const created = await ExtranetNode.create({ ...node, isPolled: true }, { transaction });
      return created.id;
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new NodeAlreadyExistsError(node.unitCode);
      throw error;
    }
  }

  /** Applies changes; false when the node does not exist. */
  async update(id: number, changes: NodeChanges, transaction?: Transaction): Promise<boolean> {
    const node = await ExtranetNode.findByPk(id, { transaction });
    if (!node) return false;
    await node.update(changes, { transaction });
    return true;
  }
}
