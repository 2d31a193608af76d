import { TRAFFIC_RESOLUTIONS, type TrafficResolution } from '@extranet/database';
import { z } from 'zod';
import { isoDateTime } from './link-refs.schemas';

const DAY_MS = 86_400_000;

export const TRAFFIC_RANGE_PRESETS = {
  '1h': 3_600_000,
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
  '1y': 365 * DAY_MS,
} as const;
export type TrafficRangePreset = keyof typeof TRAFFIC_RANGE_PRESETS;
export const MAX_TRAFFIC_SPAN_DAYS = 400;
/** Raw samples are bucketed to at most this many points. */
export const MAX_RAW_POINTS = 500;
/** A roll-up answers one point per stored bucket, at most this many. */
export const MAX_ROLLUP_POINTS = 1_000;

export const AUTO_RESOLUTION = 'auto';
export const TrafficResolutionSchema = z
  .enum(TRAFFIC_RESOLUTIONS as [TrafficResolution, ...TrafficResolution[]])
  .meta({ id: 'TrafficResolution' });

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
    resolution: z
      .enum([AUTO_RESOLUTION, ...TRAFFIC_RESOLUTIONS] as ['auto', ...TrafficResolution[]])
      .optional()
      .meta({
        description:
          'auto (default): the coarsest data that still shows the range in detail and that ' +
          'retention still holds; or raw, 5m, 1h, 1d explicitly (400 when it cannot serve the range)',
      }),
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
    } else if (to - from > MAX_TRAFFIC_SPAN_DAYS * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the range must not exceed ${MAX_TRAFFIC_SPAN_DAYS} days`,
      });
    }
  });
export type TrafficQuery = z.output<typeof TrafficQuerySchema>;

const bps = z.number().int().min(0);
export const TrafficPointSchema = z
  .tuple([z.number().int(), bps, bps, bps, bps, bps.nullable(), bps.nullable(), z.number().min(0)])
  .meta({
    id: 'TrafficPoint',
    description:
      '[bucket start epoch ms, in avg, out avg, in max, out max, in p95, out p95, coverage]; ' +
      'bit/s. avg is time-weighted; p95 only where a point is one roll-up bucket (5 min and 1 h: ' +
      "of the raw samples by measured time; 1 d: of the day's five-minute averages), else null. " +
      'coverage = measured time / step (above 1 when a long poll interval ends in the bucket); ' +
      'buckets without samples are omitted',
  });
export type TrafficPoint = z.infer<typeof TrafficPointSchema>;

export const TrafficSeriesSchema = z
  .object({
    memberId: z.number().int(),
    memberIndex: z.number().int(),
    carrier: z.string(),
    contractedMbps: z.number().int(),
    points: z.array(TrafficPointSchema).max(MAX_ROLLUP_POINTS),
  })
  .meta({ id: 'TrafficSeries' });
export type TrafficSeries = z.infer<typeof TrafficSeriesSchema>;

export const TrafficSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    stepSeconds: z.number().int().min(1),
    resolution: TrafficResolutionSchema.meta({ description: 'The data the points come from' }),
    servableResolutions: z.array(TrafficResolutionSchema).meta({
      description: 'Resolutions that could serve this range (retention and point limit)',
    }),
    series: z.array(TrafficSeriesSchema),
  })
  .meta({ id: 'Traffic' });
export type Traffic = z.infer<typeof TrafficSchema>;
