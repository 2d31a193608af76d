import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditContextFactory } from '../platform/audited-writes';
import { idParams } from './link-refs.schemas';
import {
  TierPolicyListSchema,
  TierPolicyPatchSchema,
  TierPolicySchema,
} from './tier-policies.schemas';
import type { TierPoliciesService } from './tier-policies.service';

export function tierPolicyRoutes(
  policies: TierPoliciesService,
  auditContext: AuditContextFactory,
): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/tier-policies',
      operationId: 'listTierPolicies',
      summary: 'Uplink tiers per level pair (双10G, 双2G, 双200M, local village tier…)',
      tag: 'tier-policies',
      access: Access.permission(Permission.LinksRead),
      response: { status: 200, description: 'All tiers', schema: TierPolicyListSchema },
      handle: async () => ({ items: await policies.list() }),
    }),
    defineRoute({
      method: 'patch',
      path: '/tier-policies/:id',
      operationId: 'updateTierPolicy',
      summary: 'Renames a tier, or changes a local tier’s members and bandwidth',
      tag: 'tier-policies',
      access: Access.permission(Permission.TierPoliciesWrite),
      params: idParams,
      body: TierPolicyPatchSchema,
      response: { status: 200, description: 'The updated tier', schema: TierPolicySchema },
      errors: [404, 413],
      handle: ({ params, body }, req, res) =>
        policies.update(params.id, body, auditContext(req, res)),
    }),
  ];
}
