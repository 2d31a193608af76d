import {
  TREE_LEVEL_ORDER,
  UNIT_LEVELS,
  type AccountScope,
  type UnitLevel,
} from '@extranet/database';
import { compliantRatio, emptyTally, tallyByKey } from './state-counts';
import type { OverviewRepository } from './overview.repository';
import type { CollectorStatus, Overview } from './overview.schemas';

/** Tree levels top-down, then the horizontal ones (departments). */
const LEVEL_DISPLAY_ORDER: readonly UnitLevel[] = [
  ...TREE_LEVEL_ORDER,
  ...UNIT_LEVELS.filter((level) => !TREE_LEVEL_ORDER.includes(level)),
];

export class OverviewService {
  constructor(
    private readonly overview: OverviewRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Compliance by level (only levels that have uplinks) and by city, where a city counts every
   * uplink in its subtree including its own; both only over the uplinks in the scope.
   */
  async get(scope: AccountScope): Promise<Overview> {
    const [counts, cities, lastPollAt] = await Promise.all([
      this.overview.countByLevelCityState(scope),
      this.overview.findCities(scope),
      this.lastPollAt(),
    ]);
    const byLevel = tallyByKey(counts.map((row) => ({ ...row, key: row.level })));
    const byCity = tallyByKey(
      counts.filter((row) => row.cityCode !== null).map((row) => ({ ...row, key: row.cityCode })),
    );
    return {
      generatedAt: this.now().toISOString(),
      lastPollAt,
      levels: LEVEL_DISPLAY_ORDER.flatMap((level) => {
        const tally = byLevel.get(level);
        return tally && tally.total > 0 ? [{ level, ...tally }] : [];
      }),
      cities: cities.map((city) => {
        const tally = byCity.get(city.code) ?? emptyTally();
        return {
          code: city.code,
          name: city.name,
          ...tally,
          compliantRatio: compliantRatio(tally),
        };
      }),
    };
  }

  async collectorStatus(): Promise<CollectorStatus> {
    return { lastCycle: await this.overview.findLastCycle() };
  }

  private async lastPollAt(): Promise<string | null> {
    const cycle = await this.overview.findLastCycle();
    return cycle ? cycle.finishedAt : this.overview.findLatestNodePoll();
  }
}
