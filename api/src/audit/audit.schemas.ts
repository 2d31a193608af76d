import { AUDIT_RESULTS, ChainBreakReason, type AuditResult } from '@extranet/database';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { commaListOf } from '../platform/query-params';

export const AuditResultSchema = z
  .enum(AUDIT_RESULTS as [AuditResult, ...AuditResult[]])
  .meta({ id: 'AuditResult' });

const isoInstant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

/** Filters shared by the list and the CSV export; every field is optional. */
const filterShape = {
  from: isoInstant.optional().meta({ description: 'Events at or after this instant (ISO 8601)' }),
  to: isoInstant.optional().meta({ description: 'Events before this instant (ISO 8601)' }),
  accountId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  username: z.string().trim().min(1).max(64).optional().meta({ description: 'Exact user name' }),
  action: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Exact action, or a prefix ending in * (`auth.*`)' }),
  objectType: z.string().trim().min(1).max(64).optional(),
  result: commaListOf(AUDIT_RESULTS, 'result').optional(),
};

const fromBeforeTo = {
  check: (query: { from?: Date; to?: Date }) => !query.from || !query.to || query.from < query.to,
  message: { message: '`from` must be before `to`', path: ['from'] },
};

export const AuditEventQuerySchema = z
  .strictObject({ ...filterShape, ...pageQueryShape })
  .refine(fromBeforeTo.check, fromBeforeTo.message);
export type AuditEventQuery = z.output<typeof AuditEventQuerySchema>;

export const AuditExportQuerySchema = z
  .strictObject(filterShape)
  .refine(fromBeforeTo.check, fromBeforeTo.message);
export type AuditEventFilters = z.output<typeof AuditExportQuerySchema>;

export const AuditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string().meta({ description: 'UTC, milliseconds' }),
    accountId: z.number().int().nullable(),
    username: z.string().nullable(),
    sourceAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    before: z.unknown().meta({ description: 'State before (secrets removed); null if none' }),
    after: z.unknown().meta({ description: 'State after (secrets removed); null if none' }),
    result: z.string().meta({ description: 'success | failure | denied' }),
    requestId: z.string().nullable(),
    hashAlg: z.string().meta({ description: 'hmac-sm3 | hmac-sha256' }),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventView = z.infer<typeof AuditEventSchema>;

export const AuditEventPageSchema = pageSchema(AuditEventSchema, 'AuditEventPage');

export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().min(0).meta({ description: 'Rows whose link and HMAC verified' }),
    firstBrokenId: z.number().int().optional(),
    reason: z
      .enum(Object.values(ChainBreakReason) as [ChainBreakReason, ...ChainBreakReason[]])
      .optional(),
  })
  .meta({ id: 'AuditVerification' });

export const AuditCsvSchema = z.string().meta({
  description:
    'UTF-8 CSV with BOM; cells that could start a formula are prefixed with an apostrophe',
});
