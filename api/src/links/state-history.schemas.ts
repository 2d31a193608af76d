import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { UplinkStateSchema, isoDateTime } from './link-refs.schemas';

/** The longest window one request may span: a quarter, enough for any month's review. */
export const MAX_STATE_HISTORY_DAYS = 93;
export const DEFAULT_STATE_HISTORY_DAYS = 7;

export const StateHistoryQuerySchema = z
  .strictObject({
    from: isoDateTime
      .optional()
      .meta({ description: 'Start (inclusive); default 7 days before `to`' }),
    to: isoDateTime.optional().meta({ description: 'End (exclusive); default now' }),
    ...pageQueryShape,
  })
  .superRefine((query, ctx) => {
    const from = query.from ? Date.parse(query.from) : null;
    const to = query.to ? Date.parse(query.to) : null;
    if (from !== null && to !== null && from >= to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    if (from !== null && to !== null && to - from > MAX_STATE_HISTORY_DAYS * 86_400_000)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the window may span at most ${MAX_STATE_HISTORY_DAYS} days`,
      });
  });
export type StateHistoryQuery = z.output<typeof StateHistoryQuerySchema>;

export const StateChangeSchema = z
  .object({
    id: z.number().int(),
    changedAt: isoDateTime,
    fromState: UplinkStateSchema.nullable().meta({ description: 'Null at the first evaluation' }),
    toState: UplinkStateSchema,
    reasonCode: z.string().meta({ description: 'e.g. member_down; the console translates it' }),
    reasonParams: z.record(z.string(), z.unknown()),
    reasonText: z.string().meta({ description: 'zh-CN text as written at the time' }),
  })
  .meta({ id: 'UplinkStateChange' });
export type StateChangeView = z.infer<typeof StateChangeSchema>;

export const StateSegmentSchema = z
  .object({
    start: isoDateTime,
    end: isoDateTime,
    state: UplinkStateSchema.nullable().meta({ description: 'Null before the first evaluation' }),
  })
  .meta({ id: 'UplinkStateSegment' });

export const StateHistorySchema = pageSchema(StateChangeSchema, 'UplinkStateChangePage')
  .extend({
    from: isoDateTime,
    to: isoDateTime,
    segments: z.array(StateSegmentSchema).meta({
      description: 'The whole window as state stretches, oldest first (for the timeline)',
    }),
  })
  .meta({ id: 'UplinkStateHistory' });
export type StateHistory = z.infer<typeof StateHistorySchema>;
