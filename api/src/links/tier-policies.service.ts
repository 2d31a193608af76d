import { AppError } from '../platform/app-error';
import type { TierPoliciesRepository } from './tier-policies.repository';
import type { TierPolicyPatch, TierPolicyView } from './tier-policies.schemas';

export class TierPoliciesService {
  constructor(private readonly policies: TierPoliciesRepository) {}

  list(): Promise<TierPolicyView[]> {
    return this.policies.findAll();
  }

  /**
   * The provincial plan fixes 双10G / 双2G / 双200M: those tiers can be renamed but not
   * weakened from the console. Local tiers (villages) are the operators' to set.
   */
  async update(id: number, patch: TierPolicyPatch): Promise<TierPolicyView> {
    const policy = await this.policies.findById(id);
    if (!policy) throw AppError.notFound(`no tier policy with id ${id}`);
    const changesRequirement =
      (patch.membersRequired !== undefined && patch.membersRequired !== policy.membersRequired) ||
      (patch.memberBandwidthMbps !== undefined &&
        patch.memberBandwidthMbps !== policy.memberBandwidthMbps);
    if (policy.isPlanDefined && changesRequirement) {
      throw AppError.conflict(
        `tier ${policy.name} is set by the provincial plan; its members and bandwidth cannot be changed`,
      );
    }
    await this.policies.update(id, patch);
    return (await this.policies.findById(id))!;
  }
}
