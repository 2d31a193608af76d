import { z } from 'zod';
import { ByStateSchema, UnitLevelSchema, UnitRefSchema, unitCodeSchema } from './link-refs.schemas';
import { UplinkSummarySchema } from './uplinks.schemas';

export const UnitCodeParams = z.strictObject({ code: unitCodeSchema });

export const SubtreeCountsSchema = z
  .object({ total: z.number().int().min(0), byState: ByStateSchema })
  .meta({ id: 'SubtreeCounts', description: 'Uplinks of the unit and of all its descendants' });
export type SubtreeCounts = z.infer<typeof SubtreeCountsSchema>;

export const UnitChildSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: UnitLevelSchema,
    uplink: UplinkSummarySchema.nullable(),
    subtree: SubtreeCountsSchema,
  })
  .meta({ id: 'UnitChild' });
export type UnitChild = z.infer<typeof UnitChildSchema>;

export const UnitDetailSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    level: UnitLevelSchema,
    parentCode: z.string().nullable(),
    path: z.array(UnitRefSchema).meta({ description: 'Root (province) to this unit, inclusive' }),
    uplink: UplinkSummarySchema.nullable(),
    children: z.array(UnitChildSchema),
  })
  .meta({ id: 'UnitDetail' });
export type UnitDetail = z.infer<typeof UnitDetailSchema>;
