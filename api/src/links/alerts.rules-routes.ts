import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditContextFactory } from '../platform/audited-writes';
import { signedInAccountOf } from '../platform/request-auth';
import { idParams } from './link-refs.schemas';
import { AlertRuleListSchema, AlertRulePatchSchema, AlertRuleSchema } from './alerts.rules-schemas';
import type { AlertRulesService } from './alerts.rules-service';

export function alertRuleRoutes(
  rules: AlertRulesService,
  auditContext: AuditContextFactory,
): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/alert-rules',
      operationId: 'listAlertRules',
      summary: 'The alert rules (one per kind) with their hysteresis, thresholds and webhook',
      tag: 'alerts',
      access: Access.permission(Permission.LinksRead),
      response: { status: 200, description: 'All rules', schema: AlertRuleListSchema },
      handle: async () => ({ items: await rules.list() }),
    }),
    defineRoute({
      method: 'patch',
      path: '/alert-rules/:id',
      operationId: 'updateAlertRule',
      summary: 'Tunes a rule: severity, delays, thresholds, flap damping, webhook (audited)',
      tag: 'alerts',
      access: Access.permission(Permission.AlertRulesWrite),
      params: idParams,
      body: AlertRulePatchSchema,
      response: { status: 200, description: 'The updated rule', schema: AlertRuleSchema },
      errors: [404, 413],
      handle: ({ params, body }, req, res) =>
        rules.update(params.id, body, auditContext(req, res), signedInAccountOf(res).username),
    }),
  ];
}
