import { Permission } from '@extranet/database';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import { Access } from '../platform/access-rules';
import { StreamedReply, defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditEventsService } from './audit-events.service';
import {
  AuditCsvSchema,
  AuditEventPageSchema,
  AuditEventQuerySchema,
  AuditExportQuerySchema,
  AuditVerificationSchema,
} from './audit.schemas';
import { auditContextOf } from './audit-trail';

/**
 * The audit admin's routes: read, export, verify. Only `audit.read` (the audit admin) passes;
 * the system admin deliberately does not. There is no route that changes the trail, for anyone.
 */
export function auditRoutes(audit: AuditEventsService): ApiRoute[] {
  const access = Access.permission(Permission.AuditRead);
  return [
    defineRoute({
      method: 'get',
      path: '/audit/events',
      operationId: 'listAuditEvents',
      summary: 'Audit events, filtered, newest first, paged',
      tag: 'audit',
      access,
      query: AuditEventQuerySchema,
      response: { status: 200, description: 'One page of events', schema: AuditEventPageSchema },
      handle: ({ query }) => audit.list(query),
    }),
    defineRoute({
      method: 'get',
      path: '/audit/events.csv',
      operationId: 'exportAuditEvents',
      summary: 'The same filters as a CSV download for Excel (UTF-8 with BOM, formulas defused)',
      tag: 'audit',
      access,
      query: AuditExportQuerySchema,
      response: {
        status: 200,
        description: 'CSV, newest first',
        schema: AuditCsvSchema,
        mediaType: 'text/csv',
      },
      handle: async ({ query }, req, res) => {
        const chunks = await audit.exportCsv(query, auditContextOf(req, res));
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="audit-events-${stamp}.csv"`);
        await pipeline(Readable.from(chunks), res);
        return new StreamedReply();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/audit/verify',
      operationId: 'verifyAuditChain',
      summary: 'Recomputes the HMAC chain and reports the first broken link',
      tag: 'audit',
      access,
      response: {
        status: 200,
        description: 'The verification (ok, or the first broken id and why)',
        schema: AuditVerificationSchema,
      },
      handle: (_input, req, res) =>
        audit.verify(auditContextOf(req, res), (req as { log?: Logger }).log),
    }),
  ];
}
