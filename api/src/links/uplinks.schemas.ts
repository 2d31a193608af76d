import { UNIT_LEVELS, UPLINK_STATES } from '@extranet/database';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { commaListOf, searchText } from '../platform/query-params';
import { UnitRefSchema, UplinkStateSchema, isoDateTime, unitCodeSchema } from './link-refs.schemas';

export const UPLINK_SORT_FIELDS = [
  'name',
  'code',
  'level',
  'state',
  'inBps',
  'outBps',
  'utilisation',
  'stateChangedAt',
] as const;
export type UplinkSortField = (typeof UPLINK_SORT_FIELDS)[number];

export const UplinkListQuerySchema = z.strictObject({
  level: commaListOf(UNIT_LEVELS, 'level').optional(),
  city: unitCodeSchema.optional().meta({ description: 'City-level unit code: its whole subtree' }),
  parent: unitCodeSchema.optional().meta({ description: 'Parent unit code: its direct uplinks' }),
  state: commaListOf(UPLINK_STATES, 'state').optional(),
  q: searchText.optional().meta({ description: 'Unit name (contains) or code (prefix)' }),
  sort: z.enum(UPLINK_SORT_FIELDS).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQueryShape,
});
export type UplinkListQuery = z.output<typeof UplinkListQuerySchema>;

export const TierRefSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    membersRequired: z.number().int(),
    memberBandwidthMbps: z.number().int(),
  })
  .meta({ id: 'TierRef' });

export const UplinkSummarySchema = z
  .object({
    id: z.number().int(),
    child: UnitRefSchema,
    parent: UnitRefSchema,
    city: z.object({ code: z.string(), name: z.string() }).nullable(),
    tier: TierRefSchema,
    state: UplinkStateSchema,
    stateReason: z.string().nullable(),
    stateChangedAt: isoDateTime.nullable(),
    evaluatedAt: isoDateTime.nullable(),
    membersUp: z.number().int().min(0),
    membersTotal: z.number().int().min(0),
    inBps: z.number().nullable().meta({ description: 'Sum over members, bit/s' }),
    outBps: z.number().nullable().meta({ description: 'Sum over members, bit/s' }),
    utilisation: z
      .number()
      .nullable()
      .meta({ description: 'Highest member utilisation of its contracted bandwidth (0..1+)' }),
  })
  .meta({ id: 'UplinkSummary' });
export type UplinkSummary = z.infer<typeof UplinkSummarySchema>;

export const UplinkPageSchema = pageSchema(UplinkSummarySchema, 'UplinkPage');

export const UplinkNodeSchema = z
  .object({
    id: z.number().int(),
    hostname: z.string(),
    vendor: z.string().nullable(),
    mgmtAddress: z.string(),
    snmpPort: z.number().int(),
    lastPolledAt: isoDateTime.nullable(),
    lastPollError: z.string().nullable(),
  })
  .meta({ id: 'UplinkNode' });

export const InterfaceSchema = z
  .object({
    id: z.number().int(),
    ifIndex: z.number().int().nullable().meta({ description: 'null while the port is absent' }),
    ifName: z.string(),
    ifAlias: z.string().nullable(),
    speedMbps: z.number().int().nullable().meta({ description: 'ifHighSpeed, Mbit/s' }),
    operStatus: z.number().int().nullable().meta({ description: 'IF-MIB ifOperStatus (1 = up)' }),
    adminStatus: z.number().int().nullable(),
  })
  .meta({ id: 'Interface' });
export type InterfaceView = z.infer<typeof InterfaceSchema>;

export const UplinkMemberSchema = z
  .object({
    id: z.number().int(),
    memberIndex: z.number().int(),
    carrier: z.string(),
    circuitRef: z.string().nullable(),
    contractedMbps: z.number().int(),
    inBps: z.number().nullable(),
    outBps: z.number().nullable(),
    operStatus: z.number().int().nullable(),
    sampledAt: isoDateTime.nullable(),
    interface: InterfaceSchema,
  })
  .meta({ id: 'UplinkMember' });
export type UplinkMemberView = z.infer<typeof UplinkMemberSchema>;

export const UplinkDetailSchema = UplinkSummarySchema.extend({
  node: UplinkNodeSchema.nullable().meta({ description: "The child unit's node" }),
  members: z.array(UplinkMemberSchema),
}).meta({ id: 'UplinkDetail' });
export type UplinkDetail = z.infer<typeof UplinkDetailSchema>;
