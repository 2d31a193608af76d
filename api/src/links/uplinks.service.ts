import { UnitLevel, type AccountScope } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { Page } from '../platform/pagination';
import type { NodesRepository } from './nodes.repository';
import type { UnitsRepository } from './units.repository';
import type { UplinksRepository } from './uplinks.repository';
import type { UplinkDetail, UplinkListQuery, UplinkSummary } from './uplinks.schemas';

export class UplinksService {
  constructor(
    private readonly uplinks: UplinksRepository,
    private readonly units: UnitsRepository,
    private readonly nodes: NodesRepository,
  ) {}

  /** Uplinks in the caller's scope only; the filters narrow it further. */
  async list(query: UplinkListQuery, scope: AccountScope): Promise<Page<UplinkSummary>> {
    await this.checkUnitFilters(query);
    const { items, total } = await this.uplinks.findPage(
      {
        levels: query.level,
        states: query.state,
        cityCode: query.city,
        parentCode: query.parent,
        q: query.q,
        scope,
      },
      { sort: query.sort, order: query.order },
      { page: query.page, pageSize: query.pageSize },
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** An uplink outside the scope is "not found": its existence is not confirmed. */
  async get(id: number, scope: AccountScope): Promise<UplinkDetail> {
    const summary = await this.uplinks.findSummaryById(id, scope);
    if (!summary) throw AppError.notFound(`no uplink with id ${id}`);
    const [node, members] = await Promise.all([
      this.nodes.findByUnitCode(summary.child.code),
      this.uplinks.findMembers(id),
    ]);
    return {
      ...summary,
      node: node && {
        id: node.id,
        hostname: node.hostname,
        vendor: node.vendor,
        mgmtAddress: node.mgmtAddress,
        snmpPort: node.snmpPort,
        lastPolledAt: node.lastPolledAt,
        lastPollError: node.lastPollError,
      },
      members,
    };
  }

  /**
   * A filter naming a unit that does not exist is a client mistake, not an empty result: say so
   * (a typo in a city code would otherwise look like a city with no uplinks).
   */
  private async checkUnitFilters(query: UplinkListQuery): Promise<void> {
    if (query.city !== undefined) {
      const city = await this.units.findByCode(query.city);
      if (!city || city.level !== UnitLevel.City) {
        throw AppError.invalidField('city', `no city-level unit with code ${query.city}`);
      }
    }
    if (query.parent !== undefined && !(await this.units.findByCode(query.parent))) {
      throw AppError.invalidField('parent', `no unit with code ${query.parent}`);
    }
  }
}
