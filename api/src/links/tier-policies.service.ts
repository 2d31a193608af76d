import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { TierPoliciesRepository } from './tier-policies.repository';
import type { TierPolicyPatch, TierPolicyView } from './tier-policies.schemas';

export class TierPoliciesService {
  constructor(
    private readonly policies: TierPoliciesRepository,
    private readonly audited: AuditedWrites,
  ) {}

  list(): Promise<TierPolicyView[]> {
    return this.policies.findAll();
  }

  /**
   * Every tier is editable, the plan's included: a revised provincial plan (say 双20G to the
   * cities) is entered here. The collector applies the new requirement at its next cycle.
   */
  async update(id: number, patch: TierPolicyPatch, audit: AuditContext): Promise<TierPolicyView> {
    if (!(await this.policies.findById(id)))
      throw AppError.notFound(`no tier policy with id ${id}`);
    return this.audited.run(audit, async (transaction, record) => {
      const before = await this.policies.findById(id, transaction);
      if (!before) throw AppError.notFound(`no tier policy with id ${id}`);
      await this.policies.update(id, patch, transaction);
      const after = (await this.policies.findById(id, transaction))!;
      await record({
        action: 'tier_policies.update',
        objectType: 'tier_policy',
        objectId: String(id),
        before,
        after,
        result: 'success',
      });
      return after;
    });
  }
}
