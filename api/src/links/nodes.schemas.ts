import { isIP } from 'node:net';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { searchText } from '../platform/query-params';
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
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  })
  .meta({ id: 'NodePatch' });
export type NodePatch = z.output<typeof NodePatchSchema>;

export const NodeListQuerySchema = z.strictObject({
  q: searchText.optional().meta({
    description: 'Hostname or address (contains), unit name (contains) or unit code (prefix)',
  }),
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
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'NodeSummary' });
export type NodeSummary = z.infer<typeof NodeSummarySchema>;

export const NodeDetailSchema = NodeSummarySchema.extend({
  interfaces: z.array(InterfaceSchema),
}).meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof NodeDetailSchema>;

export const NodePageSchema = pageSchema(NodeSummarySchema, 'NodePage');
