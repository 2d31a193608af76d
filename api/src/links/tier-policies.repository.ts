import { TierPolicy, type UnitLevel } from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { toIso, toNumber } from '../platform/sql-values';
import type { TierPolicyPatch, TierPolicyView } from './tier-policies.schemas';

export class TierPoliciesRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async findAll(id?: number, transaction?: Transaction): Promise<TierPolicyView[]> {
    const rows = await this.sequelize.query<Record<string, unknown>>(
      `SELECT t.id AS id, t.parent_level AS parentLevel, t.child_level AS childLevel,
         t.name AS name, t.members_required AS membersRequired,
         t.member_bandwidth_mbps AS memberBandwidthMbps, t.is_plan_defined AS isPlanDefined,
         t.updated_at AS updatedAt, COALESCE(counted.uplinkCount, 0) AS uplinkCount
       FROM tier_policies t
       LEFT JOIN (SELECT tier_policy_id, COUNT(*) AS uplinkCount FROM uplinks GROUP BY tier_policy_id)
         counted ON counted.tier_policy_id = t.id
       ${id === undefined ? '' : 'WHERE t.id = :id'} ORDER BY t.id`,
      { type: QueryTypes.SELECT, replacements: { id }, transaction },
    );
    return rows.map((row) => ({
      id: toNumber(row['id']),
      parentLevel: row['parentLevel'] as UnitLevel,
      childLevel: row['childLevel'] as UnitLevel,
      name: String(row['name']),
      membersRequired: toNumber(row['membersRequired']),
      memberBandwidthMbps: toNumber(row['memberBandwidthMbps']),
      isPlanDefined: row['isPlanDefined'] === true || toNumber(row['isPlanDefined']) === 1,
      uplinkCount: toNumber(row['uplinkCount']),
      updatedAt: toIso(row['updatedAt']),
    }));
  }

  async findById(id: number, transaction?: Transaction): Promise<TierPolicyView | null> {
    const [policy] = await this.findAll(id, transaction);
    return policy ?? null;
  }

  async update(id: number, patch: TierPolicyPatch, transaction?: Transaction): Promise<void> {
    const policy = await TierPolicy.findByPk(id, { transaction });
    if (!policy) return;
    await policy.update(patch, { transaction });
  }
}
