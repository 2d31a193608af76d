import {
  Permission,
  SECURITY_POLICY_BOUNDS,
  SECURITY_POLICY_FIELDS,
  policyBoundViolations,
  type SecurityPolicy,
} from '@extranet/database';
import { z } from 'zod';
import type { SecurityPolicyRepository } from '../auth/security-policy.repository';
import { isoDateTime } from '../links/link-refs.schemas';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditContextFactory, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import { signedInAccountOf } from '../platform/request-auth';

/** Each field a whole number within its bound; the bounds are in the schema, hence the docs. */
const policyShape = Object.fromEntries(
  SECURITY_POLICY_FIELDS.map((field) => {
    const { min, max } = SECURITY_POLICY_BOUNDS[field];
    return [
      field,
      z
        .number()
        .int()
        .min(min)
        .max(max)
        .meta({ description: `${min}..${max}` }),
    ];
  }),
) as Record<keyof SecurityPolicy, z.ZodNumber>;

export const SecurityPolicyBodySchema = z
  .strictObject(policyShape)
  .meta({ id: 'SecurityPolicyChange' });

export const SecurityPolicySchema = z
  .object({ ...policyShape, updatedAt: isoDateTime, updatedBy: z.number().int().nullable() })
  .meta({ id: 'SecurityPolicy' });

/** The security admin's policy profile; a change applies to every session at its next request. */
export class SecurityPolicyAdminService {
  constructor(
    private readonly policies: SecurityPolicyRepository,
    private readonly audited: AuditedWrites,
    private readonly clock: Clock,
  ) {}

  read() {
    return this.policies.read();
  }

  async replace(policy: SecurityPolicy, actorId: number, audit: AuditContext) {
    const violations = policyBoundViolations(policy);
    if (violations.length > 0) {
      throw AppError.validation(
        'the policy is outside its safe bounds',
        violations.map((violation) => ({ path: violation.field, message: violation.message })),
      );
    }
    try {
      await this.audited.run(audit, async (transaction, record) => {
        const before = await this.policies.read(transaction);
        await this.policies.update(policy, actorId, this.clock(), transaction);
        await record({
          action: 'security_policy.update',
          objectType: 'security_policy',
          objectId: '1',
          before,
          after: policy,
          result: 'success',
        });
      });
    } finally {
      this.policies.forget();
    }
    return this.policies.read();
  }
}

export function securityPolicyRoutes(
  service: SecurityPolicyAdminService,
  auditContext: AuditContextFactory,
): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/security-policy',
      operationId: 'getSecurityPolicy',
      summary: 'The password, lockout and session policy profile',
      tag: 'admin',
      access: Access.permission(Permission.SecurityPolicyManage),
      response: { status: 200, description: 'The policy', schema: SecurityPolicySchema },
      handle: () => service.read(),
    }),
    defineRoute({
      method: 'put',
      path: '/admin/security-policy',
      operationId: 'replaceSecurityPolicy',
      summary: 'Replaces the policy profile, within bounds that keep it at MLPS level 3',
      tag: 'admin',
      access: Access.permission(Permission.SecurityPolicyManage),
      body: SecurityPolicyBodySchema,
      response: {
        status: 200,
        description: 'The policy now in force',
        schema: SecurityPolicySchema,
      },
      handle: ({ body }, req, res) =>
        service.replace(body, signedInAccountOf(res).id, auditContext(req, res)),
    }),
  ];
}
