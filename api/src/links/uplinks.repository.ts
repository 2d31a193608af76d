import type { AccountScope } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { PageRequest } from '../platform/pagination';
import { offsetOf } from '../platform/pagination';
import { toNumber } from '../platform/sql-values';
import { uplinkOrderBy, uplinkWhere, type UplinkFilter } from './uplink-filter.sql';
import {
  toUplinkMemberView,
  toUplinkSummary,
  type UplinkMemberRow,
  type UplinkSummaryRow,
} from './uplink-rows.mapping';
import type { UplinkMemberView, UplinkSortField, UplinkSummary } from './uplinks.schemas';

const SUMMARY_SELECT = `
SELECT u.id AS id, u.state AS state, u.state_reason AS stateReason,
  u.state_changed_at AS stateChangedAt, u.evaluated_at AS evaluatedAt,
  u.in_bps AS inBps, u.out_bps AS outBps, u.utilisation AS utilisation,
  c.code AS childCode, c.name AS childName, c.level AS childLevel,
  p.code AS parentCode, p.name AS parentName, p.level AS parentLevel,
  city.code AS cityCode, city.name AS cityName,
  t.id AS tierId, t.name AS tierName, t.members_required AS membersRequired,
  t.member_bandwidth_mbps AS memberBandwidthMbps,
  (SELECT COUNT(*) FROM uplink_members m WHERE m.uplink_id = u.id) AS membersTotal,
  (SELECT COUNT(*) FROM uplink_members m WHERE m.uplink_id = u.id AND m.last_oper_status = 1)
    AS membersUp
FROM uplinks u
JOIN admin_units c ON c.code = u.child_unit_code
JOIN admin_units p ON p.code = u.parent_unit_code
LEFT JOIN admin_units city ON city.code = c.city_code
JOIN tier_policies t ON t.id = u.tier_policy_id`;

export interface UplinkSort {
  sort: UplinkSortField;
  order: 'asc' | 'desc';
}

/** Data access for uplinks; every filter, sort and page is done by the database. */
export class UplinksRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * One page of ids and the total. Counting, ordering and paging touch only `uplinks`, joined to
   * the child unit only when a filter or the sort reads it (a "deferred join"); the wide summary
   * rows are then read for the page's ids alone.
   */
  async findPage(
    filter: UplinkFilter,
    sort: UplinkSort,
    page: PageRequest,
  ): Promise<{ items: UplinkSummary[]; total: number }> {
    const where = uplinkWhere(filter);
    const orderBy = uplinkOrderBy(sort.sort, sort.order);
    const fromFor = (needsChild: boolean) =>
      needsChild
        ? 'FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code'
        : 'FROM uplinks u';
    const [countRow] = await this.sequelize.query<{ total: unknown }>(
      `SELECT COUNT(*) AS total ${fromFor(where.usesChildUnit)} ${where.sql}`,
      { type: QueryTypes.SELECT, replacements: where.replacements },
    );
    const total = toNumber(countRow?.total);
    const offset = offsetOf(page);
    if (total === 0 || offset >= total) return { items: [], total };

    const idRows = await this.sequelize.query<{ id: unknown }>(
      `SELECT u.id AS id ${fromFor(where.usesChildUnit || orderBy.usesChildUnit)} ${where.sql}
       ${orderBy.sql} LIMIT :limit OFFSET :offset`,
      {
        type: QueryTypes.SELECT,
        replacements: { ...where.replacements, limit: page.pageSize, offset },
      },
    );
    const ids = idRows.map((row) => toNumber(row.id));
    const byId = new Map((await this.findSummaries({ ids })).map((item) => [item.id, item]));
    return { items: ids.flatMap((id) => byId.get(id) ?? []), total };
  }

  /** Summaries matching a filter, ordered by unit code. Meant for small sets (a page, children). */
  async findSummaries(filter: UplinkFilter): Promise<UplinkSummary[]> {
    const where = uplinkWhere(filter);
    const rows = await this.sequelize.query<UplinkSummaryRow>(
      `${SUMMARY_SELECT} ${where.sql} ORDER BY c.code`,
      { type: QueryTypes.SELECT, replacements: where.replacements },
    );
    return rows.map(toUplinkSummary);
  }

  /** One uplink, only if it is in the scope (when one is given). */
  async findSummaryById(id: number, scope?: AccountScope): Promise<UplinkSummary | null> {
    const [summary] = await this.findSummaries({ ids: [id], scope });
    return summary ?? null;
  }

  async findMembers(uplinkId: number): Promise<UplinkMemberView[]> {
    const rows = await this.sequelize.query<UplinkMemberRow>(
      `SELECT m.id AS memberId, m.member_index AS memberIndex, m.carrier AS carrier,
         m.circuit_ref AS circuitRef, m.contracted_mbps AS contractedMbps,
         m.last_in_bps AS lastInBps, m.last_out_bps AS lastOutBps,
         m.last_oper_status AS lastOperStatus, m.last_sampled_at AS lastSampledAt,
         i.id AS interfaceId, i.if_index AS ifIndex, i.if_name AS ifName, i.if_alias AS ifAlias,
         i.speed_mbps AS speedMbps, i.oper_status AS operStatus, i.admin_status AS adminStatus
       FROM uplink_members m JOIN interfaces i ON i.id = m.interface_id
       WHERE m.uplink_id = :uplinkId ORDER BY m.member_index`,
      { type: QueryTypes.SELECT, replacements: { uplinkId } },
    );
    return rows.map(toUplinkMemberView);
  }
}
