import type { AccountScope } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { TrafficRepository } from './traffic.repository';
import type { Traffic, TrafficQuery, TrafficSeries } from './traffic.schemas';
import { bucketCount, resolveTrafficWindow } from './traffic-window';
import type { UplinksRepository } from './uplinks.repository';

export class TrafficService {
  constructor(
    private readonly traffic: TrafficRepository,
    private readonly uplinks: UplinksRepository,
    private readonly now: () => number = Date.now,
  ) {}

  /** Per-member traffic of an uplink over a window, one mean point per non-empty bucket. */
  async forUplink(uplinkId: number, query: TrafficQuery, scope: AccountScope): Promise<Traffic> {
    if (!(await this.uplinks.findSummaryById(uplinkId, scope))) {
      throw AppError.notFound(`no uplink with id ${uplinkId}`);
    }
    const window = resolveTrafficWindow(query, this.now());
    const members = await this.traffic.findMemberInterfaces(uplinkId);
    const buckets = await this.traffic.findBuckets(
      members.map((member) => member.interfaceId),
      window,
    );
    const lastBucket = bucketCount(window) - 1;
    const series: TrafficSeries[] = members.map((member) => ({
      memberId: member.memberId,
      memberIndex: member.memberIndex,
      carrier: member.carrier,
      contractedMbps: member.contractedMbps,
      points: buckets
        .filter((row) => row.interfaceId === member.interfaceId)
        .filter((row) => row.bucket >= 0 && row.bucket <= lastBucket)
        .map((row) => [
          window.fromMs + row.bucket * window.stepMs,
          Math.round(row.inBps),
          Math.round(row.outBps),
        ]),
    }));
    return {
      from: new Date(window.fromMs).toISOString(),
      to: new Date(window.toMs).toISOString(),
      stepSeconds: window.stepMs / 1000,
      series,
    };
  }
}
