import {
  DiscoveryReason,
  TextEncoding,
  isUnitInScope,
  type AccountScope,
} from '@extranet/database';
import type { Transaction } from 'sequelize';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import { systemClock, type Clock } from '../platform/clock';
import type { Page } from '../platform/pagination';
import { NodeAlreadyExistsError, type NodeChanges, type NodesRepository } from './nodes.repository';
import type {
  NodeCreate,
  NodeDetail,
  NodeListQuery,
  NodePatch,
  NodeSummary,
} from './nodes.schemas';
import type { UnitsRepository } from './units.repository';

/** What the service needs of SecretBox: communities are sealed before they are stored. */
export interface CommunitySealer {
  seal(plain: string): string;
}

/** Who asks, within which scope, and how their change is audited. */
export interface NodeWriteRequest {
  scope: AccountScope;
  audit: AuditContext;
}

export class NodesService {
  constructor(
    private readonly nodes: NodesRepository,
    private readonly units: UnitsRepository,
    private readonly sealer: CommunitySealer,
    private readonly audited: AuditedWrites,
    private readonly clock: Clock = systemClock,
  ) {}

  async list(query: NodeListQuery, scope: AccountScope): Promise<Page<NodeSummary>> {
    const page = { page: query.page, pageSize: query.pageSize };
    const { items, total } = await this.nodes.findPage(
      {
        q: query.q,
        reachability: query.reachability,
        discovery: query.discovery,
        sort: query.sort,
        order: query.order,
      },
      scope,
      page,
    );
    return { items, total, ...page };
  }

  /** A node outside the scope is "not found", like an uplink. */
  async get(id: number, scope: AccountScope): Promise<NodeDetail> {
    return this.detail(id, { scope });
  }

  /**
   * A unit has at most one node; its interfaces are found by the discovery the collector runs
   * within seconds of the creation. A unit outside the scope is refused before anything else,
   * whether it exists or not.
   */
  async create(input: NodeCreate, request: NodeWriteRequest): Promise<NodeDetail> {
    if (!isUnitInScope(input.unitCode, request.scope)) {
      throw AppError.forbidden(`unit ${input.unitCode} is outside your scope`);
    }
    const unit = await this.units.findByCode(input.unitCode);
    if (!unit) throw AppError.invalidField('unitCode', `no unit with code ${input.unitCode}`);
    const existing = await this.nodes.findByUnitCode(input.unitCode);
    if (existing) throw this.alreadyHasNode(input.unitCode, existing.hostname);
    try {
      return await this.audited.run(request.audit, async (transaction, record) => {
        const id = await this.nodes.create(
          {
            unitCode: input.unitCode,
            hostname: input.hostname,
            vendor: input.vendor ?? null,
            mgmtAddress: input.mgmtAddress,
            snmpPort: input.snmpPort,
            snmpCommunitySealed: this.sealer.seal(input.community),
          },
          this.clock(),
          transaction,
        );
        const created = await this.detail(id, { transaction });
        await record({
          action: 'nodes.create',
          objectType: 'node',
          objectId: String(id),
          after: created,
          result: 'success',
        });
        return created;
      });
    } catch (error) {
      if (error instanceof NodeAlreadyExistsError) throw this.alreadyHasNode(input.unitCode);
      throw error;
    }
  }

  /** A node of a unit outside the scope is refused (403) and left as it was. */
  async update(id: number, patch: NodePatch, request: NodeWriteRequest): Promise<NodeDetail> {
    await this.writableNode(id, request.scope);
    const changes: NodeChanges = {};
    if (patch.hostname !== undefined) changes.hostname = patch.hostname;
    if (patch.vendor !== undefined) changes.vendor = patch.vendor;
    if (patch.mgmtAddress !== undefined) changes.mgmtAddress = patch.mgmtAddress;
    if (patch.snmpPort !== undefined) changes.snmpPort = patch.snmpPort;
    if (patch.isPolled !== undefined) changes.isPolled = patch.isPolled;
    // `auto` is the absence of an override (null in the table).
    if (patch.textEncoding !== undefined) {
      changes.textEncoding = patch.textEncoding === TextEncoding.Auto ? null : patch.textEncoding;
    }
    if (patch.community !== undefined)
      changes.snmpCommunitySealed = this.sealer.seal(patch.community);
    return this.audited.run(request.audit, async (transaction, record) => {
      const before = await this.detail(id, { transaction });
      if (!(await this.nodes.update(id, changes, transaction))) {
        throw AppError.notFound(`no node with id ${id}`);
      }
      // Stored names and aliases were decoded with the old encoding, and the poll compares
      // ifNames decoded with the new one: walk again so both agree.
      if (patch.textEncoding !== undefined && patch.textEncoding !== before.textEncoding) {
        await this.nodes.requestDiscovery(id, DiscoveryReason.OnDemand, this.clock(), transaction);
      }
      const after = await this.detail(id, { transaction });
      await record({
        action: 'nodes.update',
        objectType: 'node',
        objectId: String(id),
        before,
        // The community itself never enters the audit trail, only the fact that it changed.
        after: patch.community === undefined ? after : { ...after, communityChanged: true },
        result: 'success',
      });
      return after;
    });
  }

  /**
   * "Discover now": asks the collector to walk the node's interfaces (it looks every ~10 s).
   * The answer is the node with its discovery `pending` (or `running`); the console follows it
   * by reading the node again. Audited as nodes.discover.
   */
  async discover(id: number, request: NodeWriteRequest): Promise<NodeDetail> {
    await this.writableNode(id, request.scope);
    return this.audited.run(request.audit, async (transaction, record) => {
      await this.nodes.requestDiscovery(id, DiscoveryReason.OnDemand, this.clock(), transaction);
      const after = await this.detail(id, { transaction });
      await record({
        action: 'nodes.discover',
        objectType: 'node',
        objectId: String(id),
        after: { hostname: after.hostname, discovery: after.discovery },
        result: 'success',
      });
      return after;
    });
  }

  private async writableNode(id: number, scope: AccountScope): Promise<void> {
    const current = await this.nodes.findById(id);
    if (!current) throw AppError.notFound(`no node with id ${id}`);
    if (!isUnitInScope(current.unit.code, scope)) {
      throw AppError.forbidden(`node ${id} belongs to a unit outside your scope`);
    }
  }

  private async detail(
    id: number,
    opts: { scope?: AccountScope; transaction?: Transaction },
  ): Promise<NodeDetail> {
    const node = await this.nodes.findById(id, opts);
    if (!node) throw AppError.notFound(`no node with id ${id}`);
    return { ...node, interfaces: await this.nodes.findInterfaces(id, opts.transaction) };
  }

  private alreadyHasNode(unitCode: string, hostname?: string): AppError {
    const which = hostname ? ` (${hostname})` : '';
    return AppError.conflict(`unit ${unitCode} already has a node${which}; edit it instead`);
  }
}
