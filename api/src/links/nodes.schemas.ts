import { isIP } from 'node:net';
import {
  DISCOVERY_REASONS,
  DISCOVERY_STATUSES,
  NODE_REACHABILITIES,
  TEXT_ENCODINGS,
} from '@extranet/database';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { commaListOf, searchText } from '../platform/query-params';
import { InterfaceSchema } from './uplinks.schemas';
import { UnitRefSchema, isoDateTime, unitCodeSchema } from './link-refs.schemas';

/** An IPv4 or IPv6 literal, as `node:net` understands it; host names are not accepted. */
export const ipAddressSchema = z
  .string()
  .trim()
  .refine((value) => isIP(value) !== 0, { message: 'must be an IPv4 or IPv6 address literal' })
  .meta({ description: 'IPv4 or IPv6 literal', example: '10.42.13.1' });

const hostnameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'may contain letters, digits, dots, hyphens and underscores only');

const vendorSchema = z.string().trim().min(1).max(32);

export const TextEncodingSchema = z
  .enum(TEXT_ENCODINGS as [string, ...string[]])
  .meta({ id: 'TextEncoding' });

/** Where the node's interface discovery stands, and how the last walk went. */
export const NodeDiscoverySchema = z
  .object({
    status: z.enum(DISCOVERY_STATUSES as [string, ...string[]]),
    requestedAt: isoDateTime.nullable(),
    reason: z.enum(DISCOVERY_REASONS as [string, ...string[]]).nullable(),
    startedAt: isoDateTime.nullable(),
    finishedAt: isoDateTime.nullable(),
    error: z.string().nullable(),
    summary: z
      .object({
        found: z.number().int(),
        added: z.number().int(),
        renumbered: z.number().int(),
        absent: z.number().int(),
        removed: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: 'NodeDiscovery' });
export type NodeDiscovery = z.infer<typeof NodeDiscoverySchema>;

/** SNMPv2c community: printable ASCII, 1..64 characters (it is sealed before storage). */
const communitySchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
  .meta({ description: 'SNMPv2c community; write-only, never returned' });

const snmpPortSchema = z.number().int().min(1).max(65535);

export const NodeCreateSchema = z
  .strictObject({
    unitCode: unitCodeSchema,
    hostname: hostnameSchema,
    vendor: vendorSchema.optional(),
    mgmtAddress: ipAddressSchema,
    snmpPort: snmpPortSchema.default(161),
    community: communitySchema,
  })
  .meta({ id: 'NodeCreate' });
export type NodeCreate = z.output<typeof NodeCreateSchema>;

export const NodePatchSchema = z
  .strictObject({
    hostname: hostnameSchema.optional(),
    vendor: vendorSchema.nullable().optional(),
    mgmtAddress: ipAddressSchema.optional(),
    snmpPort: snmpPortSchema.optional(),
    community: communitySchema.optional(),
    isPolled: z.boolean().optional(),
    textEncoding: TextEncodingSchema.optional().meta({
      description:
        'How ifName/ifAlias/ifDescr/sysDescr bytes are decoded; auto = UTF-8, else GB18030',
    }),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  })
  .meta({ id: 'NodePatch' });
export type NodePatch = z.output<typeof NodePatchSchema>;

export const NODE_SORT_FIELDS = [
  'code',
  'hostname',
  'vendor',
  'mgmtAddress',
  'reachability',
  'lastPolledAt',
  'discoveredAt',
] as const;
export type NodeSortField = (typeof NODE_SORT_FIELDS)[number];

export const NodeListQuerySchema = z.strictObject({
  q: searchText.optional().meta({
    description: 'Hostname or address (contains), unit name (contains) or unit code (prefix)',
  }),
  reachability: commaListOf(NODE_REACHABILITIES, 'reachability').optional(),
  discovery: commaListOf(DISCOVERY_STATUSES, 'discovery').optional(),
  sort: z.enum(NODE_SORT_FIELDS).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQueryShape,
});
export type NodeListQuery = z.output<typeof NodeListQuerySchema>;

export const NodeSummarySchema = z
  .object({
    id: z.number().int(),
    unit: UnitRefSchema,
    hostname: z.string(),
    vendor: z.string().nullable(),
    mgmtAddress: z.string(),
    snmpPort: z.number().int(),
    snmpVersion: z.string(),
    isPolled: z.boolean(),
    lastPolledAt: isoDateTime.nullable(),
    lastPollError: z.string().nullable(),
    reachability: z.enum(NODE_REACHABILITIES as [string, ...string[]]),
    consecutiveFailures: z.number().int().min(0),
    unreachableSince: isoDateTime.nullable(),
    textEncoding: TextEncodingSchema,
    sysName: z.string().nullable(),
    sysDescr: z.string().nullable(),
    sysObjectId: z.string().nullable(),
    /** Fields the node sent in no decodable encoding, shown as hex. */
    hexTextFields: z.array(z.string()),
    discovery: NodeDiscoverySchema,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'NodeSummary' });
export type NodeSummary = z.infer<typeof NodeSummarySchema>;

/** An interface as discovery and the poll left it; absent ones have given up their ifIndex. */
export const NodeInterfaceSchema = InterfaceSchema.extend({
  ifIndex: z.number().int().nullable().meta({ description: 'null while the port is absent' }),
  ifDescr: z.string().nullable(),
  ifType: z.number().int().nullable().meta({ description: 'IANAifType (6 = ethernetCsmacd)' }),
  physAddress: z.string().nullable().meta({ example: '00:e0:fc:12:34:56' }),
  hexTextFields: z.array(z.string()),
  isPresent: z.boolean(),
  absentSince: isoDateTime.nullable(),
  lastDiscoveredAt: isoDateTime.nullable(),
  member: z
    .object({
      id: z.number().int(),
      uplinkId: z.number().int(),
      memberIndex: z.number().int(),
      carrier: z.string(),
      circuitRef: z.string().nullable(),
    })
    .nullable(),
  lastSkip: z
    .object({
      reason: z.string().meta({ example: 'interface_renumbered' }),
      at: isoDateTime,
    })
    .nullable()
    .meta({ description: 'Why the last interval without a sample had none (counter rules)' }),
}).meta({ id: 'NodeInterface' });
export type NodeInterfaceView = z.infer<typeof NodeInterfaceSchema>;

export const NodeDetailSchema = NodeSummarySchema.extend({
  interfaces: z.array(NodeInterfaceSchema),
}).meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

export const NodePageSchema = pageSchema(NodeSummarySchema, 'NodePage');
