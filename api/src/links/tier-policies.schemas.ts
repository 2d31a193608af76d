import { z } from 'zod';
import { UnitLevelSchema, isoDateTime } from './link-refs.schemas';

export const TierPolicySchema = z
  .object({
    id: z.number().int(),
    parentLevel: UnitLevelSchema,
    childLevel: UnitLevelSchema,
    name: z.string(),
    membersRequired: z.number().int(),
    memberBandwidthMbps: z.number().int(),
    isPlanDefined: z.boolean().meta({
      description:
        'Set by the provincial plan rather than local policy (villages); editable all the same',
    }),
    uplinkCount: z.number().int().min(0),
    updatedAt: isoDateTime,
  })
  .meta({ id: 'TierPolicy' });
export type TierPolicyView = z.infer<typeof TierPolicySchema>;

export const TierPolicyListSchema = z
  .object({ items: z.array(TierPolicySchema) })
  .meta({ id: 'TierPolicyList' });

export const TierPolicyPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(64).optional(),
    membersRequired: z.number().int().min(1).max(8).optional(),
    memberBandwidthMbps: z.number().int().min(1).max(400_000).optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  })
  .meta({ id: 'TierPolicyPatch' });
export type TierPolicyPatch = z.output<typeof TierPolicyPatchSchema>;
