import {
  ALERT_EVENT_TYPES,
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  type AlertEventType,
  type AlertKind,
  type AlertSeverity,
  type AlertStatus,
} from '@extranet/database';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { commaListOf, searchText } from '../platform/query-params';
import { UnitRefSchema, isoDateTime, unitCodeSchema } from './link-refs.schemas';

export const AlertKindSchema = z
  .enum(ALERT_KINDS as [AlertKind, ...AlertKind[]])
  .meta({ id: 'AlertKind' });
export const AlertSeveritySchema = z
  .enum(ALERT_SEVERITIES as [AlertSeverity, ...AlertSeverity[]])
  .meta({ id: 'AlertSeverity' });
export const AlertStatusSchema = z
  .enum(ALERT_STATUSES as [AlertStatus, ...AlertStatus[]])
  .meta({ id: 'AlertStatus' });

export const ALERT_SORT_FIELDS = [
  'raisedAt',
  'severity',
  'kind',
  'unit',
  'status',
  'clearedAt',
] as const;
export type AlertSortField = (typeof ALERT_SORT_FIELDS)[number];

export const AlertListQuerySchema = z.strictObject({
  status: commaListOf(ALERT_STATUSES, 'status').optional().meta({ description: 'Default: open' }),
  severity: commaListOf(ALERT_SEVERITIES, 'severity').optional(),
  kind: commaListOf(ALERT_KINDS, 'kind').optional(),
  acknowledged: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  city: unitCodeSchema.optional().meta({ description: 'City-level unit code: its subtree only' }),
  q: searchText
    .optional()
    .meta({ description: 'Unit name (contains), unit code (prefix) or summary (contains)' }),
  sort: z.enum(ALERT_SORT_FIELDS).default('raisedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageQueryShape,
});
export type AlertListQuery = z.output<typeof AlertListQuerySchema>;

export const AlertSummarySchema = z
  .object({
    id: z.number().int(),
    kind: AlertKindSchema,
    severity: AlertSeveritySchema,
    status: AlertStatusSchema,
    isFlapping: z.boolean(),
    subject: z.object({
      type: z.enum(['uplink', 'node', 'collector']),
      id: z.string().meta({ description: 'Uplink id, node id or collector id' }),
    }),
    unit: UnitRefSchema.nullable().meta({ description: 'Null for collectors' }),
    summary: z.string().meta({ description: 'zh-CN sentence as raised' }),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: 'For translation: names, reason code and params' }),
    conditionSince: isoDateTime,
    raisedAt: isoDateTime,
    clearedAt: isoDateTime.nullable(),
    acknowledgement: z.object({ at: isoDateTime, by: z.string(), comment: z.string() }).nullable(),
  })
  .meta({ id: 'AlertSummary' });
export type AlertSummary = z.infer<typeof AlertSummarySchema>;

export const AlertPageSchema = pageSchema(AlertSummarySchema, 'AlertPage');

export const AlertEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: isoDateTime,
    type: z.enum(ALERT_EVENT_TYPES as [AlertEventType, ...AlertEventType[]]),
    username: z.string().nullable(),
    comment: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AlertEvent' });
export type AlertEventView = z.infer<typeof AlertEventSchema>;

export const AlertDetailSchema = AlertSummarySchema.extend({
  events: z.array(AlertEventSchema).meta({ description: 'Oldest first' }),
}).meta({ id: 'AlertDetail' });
export type AlertDetail = z.infer<typeof AlertDetailSchema>;

export const AlertCountsSchema = z
  .object({
    open: z.number().int(),
    unacknowledged: z.number().int().meta({ description: 'Open and not acknowledged' }),
    bySeverity: z
      .record(AlertSeveritySchema, z.number().int())
      .meta({ description: 'Open alerts' }),
    unacknowledgedBySeverity: z.record(AlertSeveritySchema, z.number().int()),
    latestRaisedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'AlertCounts' });
export type AlertCounts = z.infer<typeof AlertCountsSchema>;

export const AcknowledgeBodySchema = z
  .strictObject({
    comment: z.string().trim().min(1, 'a comment is required').max(1000),
  })
  .meta({ id: 'AlertAcknowledge' });

export const UnacknowledgeBodySchema = z
  .strictObject({ comment: z.string().trim().max(1000).optional() })
  .meta({ id: 'AlertUnacknowledge' });
