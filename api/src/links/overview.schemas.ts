import { z } from 'zod';
import { ByStateSchema, UnitLevelSchema, isoDateTime } from './link-refs.schemas';

export const OverviewSchema = z
  .object({
    generatedAt: isoDateTime,
    lastPollAt: isoDateTime.nullable().meta({ description: 'End of the last collector cycle' }),
    levels: z.array(
      z.object({ level: UnitLevelSchema, total: z.number().int(), byState: ByStateSchema }),
    ),
    cities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        total: z.number().int(),
        byState: ByStateSchema,
        compliantRatio: z.number().min(0).max(1).nullable(),
      }),
    ),
  })
  .meta({ id: 'Overview' });
export type Overview = z.infer<typeof OverviewSchema>;

export const CollectorStatusSchema = z
  .object({
    lastCycle: z
      .object({
        startedAt: isoDateTime,
        finishedAt: isoDateTime,
        durationMs: z.number().int(),
        nodesPolled: z.number().int(),
        nodesFailed: z.number().int(),
        samplesStored: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: 'CollectorStatus' });
export type CollectorStatus = z.infer<typeof CollectorStatusSchema>;
