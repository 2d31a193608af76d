import {
  DiscoveryStatus,
  ExtranetNode,
  type AccountScope,
  type DiscoveryReason,
  type NodeReachability,
} from '@extranet/database';
import { QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';
import { offsetOf, type PageRequest } from '../platform/pagination';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { toNumber } from '../platform/sql-values';
import {
  NODE_INTERFACES_SELECT,
  NODE_SELECT,
  toNodeInterface,
  toNodeSummary,
  type NodeInterfaceRow,
  type NodeRow,
} from './nodes.rows';
import type { NodeInterfaceView, NodeSortField, NodeSummary } from './nodes.schemas';
import { scopeCondition } from './scope.sql';

export interface NewNode {
  unitCode: string;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  snmpCommunitySealed: string;
}

export type NodeChanges = Partial<
  Omit<NewNode, 'unitCode'> & { isPolled: boolean; textEncoding: string | null }
>;

export interface NodeFilter {
  q?: string;
  reachability?: NodeReachability[];
  discovery?: DiscoveryStatus[];
  sort: NodeSortField;
  order: 'asc' | 'desc';
}

/** Thrown when the unit already has a node (the unique index on unit_code won a race). */
export class NodeAlreadyExistsError extends Error {}

const SORT_COLUMNS: Record<NodeSortField, string> = {
  code: 'a.code',
  hostname: 'n.hostname',
  vendor: 'n.vendor',
  mgmtAddress: 'n.mgmt_address',
  reachability: 'n.reachability',
  lastPolledAt: 'n.last_polled_at',
  discoveredAt: 'n.discovery_finished_at',
};

const IS_RUNNING =
  '(n.discovery_started_at IS NOT NULL AND (n.discovery_finished_at IS NULL OR n.discovery_finished_at < n.discovery_started_at))';

/** The SQL twin of discoveryStatusOf: the same precedence, for filtering in the database. */
function discoveryStatusCondition(status: DiscoveryStatus): string {
  switch (status) {
    case DiscoveryStatus.Running:
      return IS_RUNNING;
    case DiscoveryStatus.Pending:
      return `(NOT ${IS_RUNNING} AND n.discovery_requested_at IS NOT NULL)`;
    case DiscoveryStatus.Never:
      return `(NOT ${IS_RUNNING} AND n.discovery_requested_at IS NULL AND n.discovery_outcome IS NULL)`;
    default:
      return `(NOT ${IS_RUNNING} AND n.discovery_requested_at IS NULL AND n.discovery_outcome = '${status}')`;
  }
}

export class NodesRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** One page of the nodes in the scope, searched, filtered and sorted in SQL. */
  async findPage(
    filter: NodeFilter,
    scope: AccountScope,
    page: PageRequest,
  ): Promise<{ items: NodeSummary[]; total: number }> {
    const clauses: string[] = [];
    const replacements: Record<string, unknown> = {};
    const inScope = scopeCondition('n.unit_code', scope);
    if (inScope.sql) {
      clauses.push(inScope.sql);
      Object.assign(replacements, inScope.replacements);
    }
    if (filter.q) {
      clauses.push(
        `(n.hostname LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR n.mgmt_address LIKE :contains ${LIKE_ESCAPE_CLAUSE}
         OR a.name LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR a.code LIKE :prefix ${LIKE_ESCAPE_CLAUSE})`,
      );
      replacements.contains = `%${escapeLike(filter.q)}%`;
      replacements.prefix = `${escapeLike(filter.q)}%`;
    }
    if (filter.reachability) {
      clauses.push('n.reachability IN (:reachability)');
      replacements.reachability = filter.reachability;
    }
    if (filter.discovery) {
      // Statuses come from the validated choice set, never from raw input.
      clauses.push(`(${filter.discovery.map(discoveryStatusCondition).join(' OR ')})`);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const [countRow] = await this.sequelize.query<{ total: unknown }>(
      `SELECT COUNT(*) AS total FROM nodes n JOIN admin_units a ON a.code = n.unit_code ${where}`,
      { type: QueryTypes.SELECT, replacements },
    );
    const total = toNumber(countRow?.total);
    if (total === 0 || offsetOf(page) >= total) return { items: [], total };
    const column = SORT_COLUMNS[filter.sort];
    const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
    const rows = await this.sequelize.query<NodeRow>(
      `${NODE_SELECT} ${where}
       ORDER BY (${column} IS NULL), ${column} ${direction}, a.code
       LIMIT :limit OFFSET :offset`,
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

  /** Present ports by ifIndex, then the absent ones (they have none) by name. */
  async findInterfaces(nodeId: number, transaction?: Transaction): Promise<NodeInterfaceView[]> {
    const rows = await this.sequelize.query<NodeInterfaceRow>(
      `${NODE_INTERFACES_SELECT} WHERE i.node_id = :nodeId
       ORDER BY i.is_present DESC, CASE WHEN i.is_present = :isPresent THEN i.if_index ELSE 0 END,
                i.if_name`,
      { type: QueryTypes.SELECT, replacements: { nodeId, isPresent: true }, transaction },
    );
    return rows.map(toNodeInterface);
  }

  /** A new node is walked by the collector within seconds: the request is stored with it. */
  async create(node: NewNode, now: Date, transaction?: Transaction): Promise<number> {
    try {
      const created = await ExtranetNode.create(
        {
          ...node,
          isPolled: true,
          discoveryRequestedAt: now,
          discoveryRequestReason: 'node_added' satisfies DiscoveryReason,
        },
        { transaction },
      );
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

  /**
   * Asks the collector to walk the node. A request already waiting keeps its place in the
   * queue; a walk under way is followed by another, since the ask came after it started.
   * updated_at is left alone: it records edits of the node, not requests.
   */
  async requestDiscovery(
    id: number,
    reason: DiscoveryReason,
    now: Date,
    transaction?: Transaction,
  ): Promise<void> {
    await ExtranetNode.update(
      { discoveryRequestedAt: now, discoveryRequestReason: reason },
      { where: { id, discoveryRequestedAt: null }, transaction, silent: true },
    );
  }
}
