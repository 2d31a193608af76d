import { UnitLevel } from '@extranet/database';
import { z } from 'zod';
import { pageQueryShape } from '../platform/pagination';
import { searchText } from '../platform/query-params';
import { UnitRefSchema, isoDateTime, unitCodeSchema } from './link-refs.schemas';

export const AVAILABILITY_LEVELS = [
  UnitLevel.City,
  UnitLevel.County,
  UnitLevel.Township,
  UnitLevel.Village,
  UnitLevel.Department,
] as const;
export const AVAILABILITY_SORT_FIELDS = [
  'availability',
  'downSeconds',
  'uplinks',
  'code',
  'name',
] as const;
export type AvailabilitySortField = (typeof AVAILABILITY_SORT_FIELDS)[number];

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM')
  .meta({ description: 'Calendar month in China Standard Time (UTC+8)', example: '2026-11' });

export const AvailabilityQuerySchema = z.strictObject({
  month: monthSchema.optional().meta({ description: 'Default: the running month' }),
  level: z.enum(AVAILABILITY_LEVELS).default(UnitLevel.City),
  city: unitCodeSchema.optional().meta({ description: 'City-level unit code: its subtree only' }),
  q: searchText.optional().meta({ description: 'Unit name (contains) or code (prefix)' }),
  sort: z.enum(AVAILABILITY_SORT_FIELDS).default('availability'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQueryShape,
});
export type AvailabilityQuery = z.output<typeof AvailabilityQuerySchema>;

export const AvailabilityFiguresShape = {
  availability: z
    .number()
    .nullable()
    .meta({ description: 'Time not down ÷ time in a known state (0..1); null when nothing known' }),
  downSeconds: z.number(),
  knownSeconds: z.number(),
  unknownSeconds: z
    .number()
    .meta({ description: 'Time in `unknown` or before the first evaluation: counted neither way' }),
};

export const UnitAvailabilitySchema = z
  .object({
    unit: UnitRefSchema,
    uplinks: z
      .number()
      .int()
      .meta({ description: 'Uplinks in the unit’s subtree, its own included' }),
    ownUplinkId: z.number().int().nullable(),
    ...AvailabilityFiguresShape,
  })
  .meta({ id: 'UnitAvailability' });
export type UnitAvailability = z.infer<typeof UnitAvailabilitySchema>;

export const AvailabilityPageSchema = z
  .object({
    month: z.string(),
    from: isoDateTime,
    to: isoDateTime,
    items: z.array(UnitAvailabilitySchema),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    overall: z
      .object({ uplinks: z.number().int(), ...AvailabilityFiguresShape })
      .meta({ description: 'Every uplink the listed units cover (all pages), pooled' }),
  })
  .meta({ id: 'AvailabilityPage' });
export type AvailabilityPage = z.infer<typeof AvailabilityPageSchema>;

export const UplinkAvailabilityQuerySchema = z.strictObject({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(24)
    .default(6)
    .meta({ description: 'Months back, running one included' }),
});

export const UplinkAvailabilitySchema = z
  .object({
    uplinkId: z.number().int(),
    items: z.array(
      z.object({
        month: z.string(),
        from: isoDateTime,
        to: isoDateTime,
        ...AvailabilityFiguresShape,
      }),
    ),
  })
  .meta({ id: 'UplinkAvailability' });
export type UplinkAvailability = z.infer<typeof UplinkAvailabilitySchema>;
