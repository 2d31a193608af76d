import { AppError } from '../platform/app-error';
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

export class NodesService {
  constructor(
    private readonly nodes: NodesRepository,
    private readonly units: UnitsRepository,
    private readonly sealer: CommunitySealer,
  ) {}

  async list(query: NodeListQuery): Promise<Page<NodeSummary>> {
    const page = { page: query.page, pageSize: query.pageSize };
    const { items, total } = await this.nodes.findPage(query.q, page);
    return { items, total, ...page };
  }

  async get(id: number): Promise<NodeDetail> {
    const node = await this.nodes.findById(id);
    if (!node) throw AppError.notFound(`no node with id ${id}`);
    return { ...node, interfaces: await this.nodes.findInterfaces(id) };
  }

  /** A unit has at most one node; its interfaces are found later by discovery polling. */
  async create(input: NodeCreate): Promise<NodeDetail> {
    const unit = await this.units.findByCode(input.unitCode);
    if (!unit) throw AppError.invalidField('unitCode', `no unit with code ${input.unitCode}`);
    const existing = await this.nodes.findByUnitCode(input.unitCode);
    if (existing) throw this.alreadyHasNode(input.unitCode, existing.hostname);
    try {
      const id = await this.nodes.create({
        unitCode: input.unitCode,
        hostname: input.hostname,
        vendor: input.vendor ?? null,
        mgmtAddress: input.mgmtAddress,
        snmpPort: input.snmpPort,
        snmpCommunitySealed: this.sealer.seal(input.community),
      });
      return await this.get(id);
    } catch (error) {
      if (error instanceof NodeAlreadyExistsError) throw this.alreadyHasNode(input.unitCode);
      throw error;
    }
  }

  async update(id: number, patch: NodePatch): Promise<NodeDetail> {
    const changes: NodeChanges = {};
    if (patch.hostname !== undefined) changes.hostname = patch.hostname;
    if (patch.vendor !== undefined) changes.vendor = patch.vendor;
    if (patch.mgmtAddress !== undefined) changes.mgmtAddress = patch.mgmtAddress;
    if (patch.snmpPort !== undefined) changes.snmpPort = patch.snmpPort;
    if (patch.isPolled !== undefined) changes.isPolled = patch.isPolled;
    if (patch.community !== undefined)
      changes.snmpCommunitySealed = this.sealer.seal(patch.community);
    if (!(await this.nodes.update(id, changes))) throw AppError.notFound(`no node with id ${id}`);
    return this.get(id);
  }

  private alreadyHasNode(unitCode: string, hostname?: string): AppError {
    const which = hostname ? ` (${hostname})` : '';
    return AppError.conflict(`unit ${unitCode} already has a node${which}; edit it instead`);
  }
}
