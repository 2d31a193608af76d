import { systemClock, type Clock } from '../platform/clock';
import type { CollectorStatusRepository } from './collector-status.repository';
import type { CollectorInstanceView, CollectorsStatus } from './collector-status.schemas';

/** Used when the collector-stale rule has no threshold (it always has one after 0009). */
const DEFAULT_STALE_AFTER_SECONDS = 180;
const RECENT_CYCLES_MS = 2 * 3600_000;

export interface MetricsEndpoint {
  host: string;
  port: number;
}

export class CollectorStatusService {
  constructor(
    private readonly status: CollectorStatusRepository,
    private readonly metrics: MetricsEndpoint | null,
    private readonly clock: Clock = systemClock,
  ) {}

  async get(): Promise<CollectorsStatus> {
    const now = this.clock().getTime();
    const [instances, cycles, staleAfter] = await Promise.all([
      this.status.instances(),
      this.status.cyclesSince(now - RECENT_CYCLES_MS),
      this.status.staleAfterSeconds(),
    ]);
    const staleAfterSeconds = staleAfter ?? DEFAULT_STALE_AFTER_SECONDS;
    const collectors: CollectorInstanceView[] = instances.map((instance) => {
      const heartbeatAgeSeconds = Math.max(0, (now - Date.parse(instance.heartbeatAt)) / 1000);
      return {
        ...instance,
        heartbeatAgeSeconds: Math.round(heartbeatAgeSeconds * 10) / 10,
        isStale: instance.stoppedAt === null && heartbeatAgeSeconds >= staleAfterSeconds,
        pollGroups: instance.pollGroups.map((group) => ({
          name: group.name,
          intervalSeconds: group.intervalSeconds,
          nodes: group.nodes,
          skippedTicks: group.skippedTicks,
          lastCycle: group.lastCycle && {
            ...group.lastCycle,
            isOverrun:
              group.lastCycle.overrunMs > 0 ||
              group.lastCycle.durationMs > group.intervalSeconds * 1000,
          },
        })),
      };
    });
    return {
      generatedAt: new Date(now).toISOString(),
      staleAfterSeconds,
      collectors,
      recentCycles: cycles,
      metrics: this.metrics
        ? { url: `http://${this.metrics.host}:${this.metrics.port}/metrics` }
        : null,
    };
  }
}

/** COLLECTOR_METRICS_HOST / COLLECTOR_METRICS_PORT as the collector reads them ('0'/'off' = none). */
export function metricsEndpointFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): MetricsEndpoint | null {
  const port = env['COLLECTOR_METRICS_PORT'] ?? '16180';
  if (port === '0' || port === 'off') return null;
  const parsed = Number(port);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) return null;
  return { host: env['COLLECTOR_METRICS_HOST'] ?? '127.0.0.1', port: parsed };
}
