import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditContextFactory } from '../platform/audited-writes';
import { scopeOf, signedInAccountOf } from '../platform/request-auth';
import {
  AcknowledgeBodySchema,
  AlertCountsSchema,
  AlertDetailSchema,
  AlertListQuerySchema,
  AlertPageSchema,
  UnacknowledgeBodySchema,
} from './alerts.schemas';
import type { AlertActor, AlertsService } from './alerts.service';
import { idParams } from './link-refs.schemas';
import type { Request, Response } from 'express';

export function alertRoutes(alerts: AlertsService, auditContext: AuditContextFactory): ApiRoute[] {
  const actorOf = (req: Request, res: Response): AlertActor => ({
    username: signedInAccountOf(res).username,
    scope: scopeOf(res),
    audit: auditContext(req, res),
  });
  return [
    defineRoute({
      method: 'get',
      path: '/alerts',
      operationId: 'listAlerts',
      summary: 'Alerts in the caller’s scope, filtered, sorted and paged (open ones by default)',
      tag: 'alerts',
      access: Access.permission(Permission.LinksRead),
      query: AlertListQuerySchema,
      response: { status: 200, description: 'One page of alerts', schema: AlertPageSchema },
      handle: ({ query }, _req, res) => alerts.list(query, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/alerts/counts',
      operationId: 'getAlertCounts',
      summary: 'Open alerts by severity, for the shell’s live counter (cheap: one grouped query)',
      tag: 'alerts',
      access: Access.permission(Permission.LinksRead),
      response: { status: 200, description: 'Counts over the scope', schema: AlertCountsSchema },
      handle: (_input, _req, res) => alerts.counts(scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/alerts/:id',
      operationId: 'getAlert',
      summary: 'An alert with its full history',
      tag: 'alerts',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      response: { status: 200, description: 'The alert', schema: AlertDetailSchema },
      errors: [404],
      handle: ({ params }, _req, res) => alerts.get(params.id, scopeOf(res)),
    }),
    defineRoute({
      method: 'post',
      path: '/alerts/:id/acknowledge',
      operationId: 'acknowledgeAlert',
      summary: 'Acknowledges an alert with a comment (audited)',
      tag: 'alerts',
      access: Access.permission(Permission.AlertsAcknowledge),
      params: idParams,
      body: AcknowledgeBodySchema,
      response: { status: 200, description: 'The alert', schema: AlertDetailSchema },
      errors: [404, 409],
      handle: ({ params, body }, req, res) =>
        alerts.acknowledge(params.id, body.comment, actorOf(req, res)),
    }),
    defineRoute({
      method: 'post',
      path: '/alerts/:id/unacknowledge',
      operationId: 'unacknowledgeAlert',
      summary: 'Takes an acknowledgement back (audited)',
      tag: 'alerts',
      access: Access.permission(Permission.AlertsAcknowledge),
      params: idParams,
      body: UnacknowledgeBodySchema,
      response: { status: 200, description: 'The alert', schema: AlertDetailSchema },
      errors: [404, 409],
      handle: ({ params, body }, req, res) =>
        alerts.unacknowledge(params.id, body.comment, actorOf(req, res)),
    }),
  ];
}
