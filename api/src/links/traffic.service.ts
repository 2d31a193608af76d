import {
  DEFAULT_TRAFFIC_RETENTION,
  TRAFFIC_RETENTION_VARIABLES,
  retentionCutoffMs,
  type AccountScope,
  type TrafficResolution,
  type TrafficRetention,
} from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { TrafficBucket, TrafficRepository } from './traffic.repository';
import {
  MAX_ROLLUP_POINTS,
  type Traffic,
  type TrafficQuery,
  type TrafficSeries,
} from './traffic.schemas';
import {
  resolveTraffic,
  unrolledTailStartMs,
  type TrafficWindow,
  type Unservable,
} from './traffic-window';
import type { UplinksRepository } from './uplinks.repository';

const RESOLUTION_NAMES: Record<TrafficResolution, string> = {
  raw: 'raw samples',
  '5m': '5-minute roll-ups',
  '1h': 'hourly roll-ups',
  '1d': 'daily roll-ups',
};

export class TrafficService {
  constructor(
    private readonly traffic: TrafficRepository,
    private readonly uplinks: UplinksRepository,
    private readonly retention: TrafficRetention = DEFAULT_TRAFFIC_RETENTION,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Per-member traffic of an uplink over a window, one point per non-empty bucket, from the
   * resolution that fits the range (see resolveTraffic).
   */
  async forUplink(uplinkId: number, query: TrafficQuery, scope: AccountScope): Promise<Traffic> {
    if (!(await this.uplinks.findSummaryById(uplinkId, scope))) {
      throw AppError.notFound(`no uplink with id ${uplinkId}`);
    }
    const nowMs = this.now();
    const { window, servable, refusal } = resolveTraffic(query, this.retention, nowMs);
    if (refusal) {
      throw AppError.invalidField('resolution', this.explain(window.resolution, refusal));
    }
    const members = await this.traffic.findMemberInterfaces(uplinkId);
    const buckets = await this.readBuckets(
      members.map((member) => member.interfaceId),
      window,
      nowMs,
    );
    const series: TrafficSeries[] = members.map((member) => ({
      memberId: member.memberId,
      memberIndex: member.memberIndex,
      carrier: member.carrier,
      contractedMbps: member.contractedMbps,
      points: buckets
        .filter((row) => row.interfaceId === member.interfaceId)
        .map((row) => [
          row.startMs,
          row.inAvgBps,
          row.outAvgBps,
          row.inMaxBps,
          row.outMaxBps,
          row.inP95Bps,
          row.outP95Bps,
          Math.round((row.coveredMs / window.stepMs) * 1000) / 1000,
        ]),
    }));
    return {
      from: new Date(window.fromMs).toISOString(),
      to: new Date(window.toMs).toISOString(),
      stepSeconds: window.stepMs / 1000,
      resolution: window.resolution,
      servableResolutions: servable,
      series,
    };
  }

  /** Stored buckets, plus the newest ones the roll-up jobs have not written yet, from raw. */
  private async readBuckets(
    interfaceIds: readonly number[],
    window: TrafficWindow,
    nowMs: number,
  ): Promise<TrafficBucket[]> {
    if (interfaceIds.length === 0) return [];
    if (window.resolution === 'raw') return this.traffic.findRawBuckets(interfaceIds, window);
    const stored = await this.traffic.findRollupBuckets(interfaceIds, window, window.resolution);
    const lastStored = stored.reduce<number | null>(
      (last, bucket) => (last === null || bucket.startMs > last ? bucket.startMs : last),
      null,
    );
    const tailStart = unrolledTailStartMs(
      window,
      lastStored,
      retentionCutoffMs(this.retention, 'raw', nowMs),
    );
    if (tailStart === null) return stored;
    const tail = await this.traffic.findRawBuckets(interfaceIds, {
      ...window,
      fromMs: tailStart,
      resolution: 'raw',
    });
    return [...stored, ...tail].sort(
      (a, b) => a.interfaceId - b.interfaceId || a.startMs - b.startMs,
    );
  }

  private explain(resolution: TrafficResolution, refusal: Unservable): string {
    if (refusal === 'too_many_points') {
      return `${RESOLUTION_NAMES[resolution]} give more than ${MAX_ROLLUP_POINTS} points over this range; choose a shorter range or a coarser resolution`;
    }
    const days = this.retention[resolution];
    return `${RESOLUTION_NAMES[resolution]} are kept ${days} days (${TRAFFIC_RETENTION_VARIABLES[resolution]}); this range starts earlier`;
  }
}
