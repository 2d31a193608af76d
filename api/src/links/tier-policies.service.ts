import { AppError } from '../platform/app-error';
import type { TierPoliciesRepository } from './tier-policies.repository';
import type { TierPolicyPatch, TierPolicyView } from './tier-policies.schemas';

export class TierPoliciesService {
  constructor(private readonly policies: TierPoliciesRepository) {}

  list(): Promise<TierPolicyView[]> {
    return this.policies.findAll();
  }

  /**
   * Every tier is editable, the plan's included: a revised provincial plan (say 双20G to the
   * cities) is entered here. The collector applies the new requirement at its next cycle.
   */
  async update(id: number, patch: TierPolicyPatch): Promise<TierPolicyView> {
    const policy = await this.policies.findById(id);
    if (!policy) throw AppError.notFound(`no tier policy with id ${id}`);
    await this.policies.update(id, patch);
    return (await this.policies.findById(id))!;
  }
}
