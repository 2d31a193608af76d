import { z } from 'zod';
import { isoDateTime } from './link-refs.schemas';

const LastCycleSchema = z.object({
  startedAt: isoDateTime,
  durationMs: z.number().int(),
  overrunMs: z.number().int(),
  isOverrun: z.boolean().meta({ description: 'The cycle took longer than its interval' }),
  nodesPolled: z.number().int(),
  nodesFailed: z.number().int(),
  samplesStored: z.number().int(),
  buffered: z.boolean().meta({ description: 'Samples went to the disk buffer (database away)' }),
});

export const CollectorInstanceSchema = z
  .object({
    id: z.string(),
    hostname: z.string(),
    pid: z.number().int(),
    version: z.string(),
    startedAt: isoDateTime,
    heartbeatAt: isoDateTime,
    heartbeatAgeSeconds: z.number(),
    isStale: z
      .boolean()
      .meta({ description: 'Running but silent longer than the collector-stale rule allows' }),
    stoppedAt: isoDateTime.nullable(),
    isCoordinator: z.boolean().meta({ description: 'Runs the exclusive jobs (alerts, roll-ups…)' }),
    nodesAssigned: z.number().int(),
    partitionsHeld: z.number().int(),
    bufferedSamples: z.number().int(),
    droppedSamples: z.number().int(),
    pollGroups: z.array(
      z.object({
        name: z.string(),
        intervalSeconds: z.number().int(),
        nodes: z.number().int(),
        skippedTicks: z.number().int(),
        lastCycle: LastCycleSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'CollectorInstance' });
export type CollectorInstanceView = z.infer<typeof CollectorInstanceSchema>;

export const CollectorCycleSchema = z
  .object({
    collectorId: z.string(),
    pollGroup: z.string().nullable(),
    startedAt: isoDateTime,
    durationMs: z.number().int(),
    intervalSeconds: z.number().int().nullable(),
    overrunMs: z.number().int(),
    nodesPolled: z.number().int(),
    nodesFailed: z.number().int(),
  })
  .meta({ id: 'CollectorCycle' });
export type CollectorCycleView = z.infer<typeof CollectorCycleSchema>;

export const CollectorsStatusSchema = z
  .object({
    generatedAt: isoDateTime,
    staleAfterSeconds: z.number().meta({ description: 'From the collector-stale alert rule' }),
    collectors: z.array(CollectorInstanceSchema),
    recentCycles: z.array(CollectorCycleSchema).meta({ description: 'Last 2 hours, oldest first' }),
    metrics: z.object({ url: z.string() }).nullable().meta({
      description:
        'Where each collector serves Prometheus metrics (on its own host), null when off',
    }),
  })
  .meta({ id: 'CollectorsStatus' });
export type CollectorsStatus = z.infer<typeof CollectorsStatusSchema>;
