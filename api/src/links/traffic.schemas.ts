import { z } from 'zod';
import { isoDateTime } from './link-refs.schemas';

export const TRAFFIC_RANGE_PRESETS = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 604_800_000,
} as const;
export type TrafficRangePreset = keyof typeof TRAFFIC_RANGE_PRESETS;
export const MAX_TRAFFIC_SPAN_DAYS = 400;
export const MAX_POINTS_PER_SERIES = 500;

export const TrafficQuerySchema = z
  .strictObject({
    range: z
      .enum(Object.keys(TRAFFIC_RANGE_PRESETS) as [TrafficRangePreset, ...TrafficRangePreset[]])
      .optional()
      .meta({
        description: 'Preset ending now; default 24h when neither range nor from/to is given',
      }),
    from: isoDateTime.optional().meta({ description: 'Start (inclusive), ISO 8601 with offset' }),
    to: isoDateTime.optional().meta({ description: 'End (exclusive), ISO 8601 with offset' }),
  })
  .superRefine((query, ctx) => {
    if (query.range !== undefined && (query.from !== undefined || query.to !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: 'give either range or from/to, not both',
      });
      return;
    }
    if ((query.from === undefined) !== (query.to === undefined)) {
      const missing = query.from === undefined ? 'from' : 'to';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'from and to must be given together',
      });
      return;
    }
    if (query.from === undefined || query.to === undefined) return;
    const from = Date.parse(query.from);
    const to = Date.parse(query.to);
    if (from >= to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
    } else if (to - from > MAX_TRAFFIC_SPAN_DAYS * 86_400_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the range must not exceed ${MAX_TRAFFIC_SPAN_DAYS} days`,
      });
    }
  });
export type TrafficQuery = z.output<typeof TrafficQuerySchema>;

export const TrafficSeriesSchema = z
  .object({
    memberId: z.number().int(),
    memberIndex: z.number().int(),
    carrier: z.string(),
    contractedMbps: z.number().int(),
    points: z
      .array(z.tuple([z.number().int(), z.number(), z.number()]))
      .max(MAX_POINTS_PER_SERIES)
      .meta({
        description:
          '[bucket start epoch ms, mean inBps, mean outBps]; buckets without samples are omitted',
      }),
  })
  .meta({ id: 'TrafficSeries' });
export type TrafficSeries = z.infer<typeof TrafficSeriesSchema>;

export const TrafficSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    stepSeconds: z.number().int().min(1),
    series: z.array(TrafficSeriesSchema),
  })
  .meta({ id: 'Traffic' });
export type Traffic = z.infer<typeof TrafficSchema>;
