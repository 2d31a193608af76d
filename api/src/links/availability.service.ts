import type { AccountScope } from '@extranet/database';
import { AppError } from '../platform/app-error';
import { systemClock, type Clock } from '../platform/clock';
import { offsetOf } from '../platform/pagination';
import type { AvailabilityRepository, AvailabilityUnit } from './availability.repository';
import type {
  AvailabilityPage,
  AvailabilityQuery,
  UnitAvailability,
  UplinkAvailability,
} from './availability.schemas';
import {
  CHINA_UTC_OFFSET_MS,
  availabilityOf,
  monthWindow,
  pooledAvailability,
  stateSegments,
  type AvailabilityFigures,
} from './availability.timeline';
import type { StateHistoryService } from './state-history.service';
import type { UnitsRepository } from './units.repository';

export class AvailabilityService {
  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly history: StateHistoryService,
    private readonly units: UnitsRepository,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Units at a level with the pooled availability of the uplinks in their subtree. */
  async list(query: AvailabilityQuery, scope: AccountScope): Promise<AvailabilityPage> {
    const now = this.clock().getTime();
    const month = query.month ?? currentMonth(now);
    const window = monthWindow(month, now);
    if (!window) throw AppError.invalidField('month', 'the month has not begun');
    if (query.city) await this.requireCity(query.city);
    const [timelines, units] = await Promise.all([
      this.availability.timelines(window, scope, query.city),
      this.availability.units(query.level, scope, { cityCode: query.city, q: query.q }),
    ]);
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const pools = new Map<string, { figures: AvailabilityFigures[]; ownUplinkId: number | null }>(
      units.map((unit) => [unit.code, { figures: [], ownUplinkId: null }]),
    );
    for (const timeline of timelines) {
      const unit = ancestorIn(timeline.childUnitCode, byCode);
      if (!unit) continue;
      const pool = pools.get(unit.code)!;
      pool.figures.push(
        availabilityOf(stateSegments(timeline.stateAtStart, timeline.changes, window)),
      );
      if (timeline.childUnitCode === unit.code) pool.ownUplinkId = timeline.uplinkId;
    }
    const rows: UnitAvailability[] = units.map((unit) => {
      const pool = pools.get(unit.code)!;
      const figures = pooledAvailability(pool.figures);
      return {
        unit: { code: unit.code, name: unit.name, level: unit.level },
        uplinks: pool.figures.length,
        ownUplinkId: pool.ownUplinkId,
        availability: figures.availability,
        downSeconds: figures.downSeconds,
        knownSeconds: figures.knownSeconds,
        unknownSeconds: figures.unknownSeconds,
      };
    });
    rows.sort(comparator(query.sort, query.order));
    const overall = pooledAvailability([...pools.values()].flatMap((pool) => pool.figures));
    return {
      month,
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
      items: rows.slice(offsetOf(query), offsetOf(query) + query.pageSize),
      total: rows.length,
      page: query.page,
      pageSize: query.pageSize,
      overall: {
        uplinks: rows.reduce((sum, row) => sum + row.uplinks, 0),
        availability: overall.availability,
        downSeconds: overall.downSeconds,
        knownSeconds: overall.knownSeconds,
        unknownSeconds: overall.unknownSeconds,
      },
    };
  }

  /** One uplink, month by month, newest first. */
  async forUplink(
    uplinkId: number,
    months: number,
    scope: AccountScope,
  ): Promise<UplinkAvailability> {
    const now = this.clock().getTime();
    const items: UplinkAvailability['items'] = [];
    let month = currentMonth(now);
    for (let index = 0; index < months; index++) {
      const window = monthWindow(month, now)!;
      const figures = await this.history.availabilityOf(uplinkId, window, scope);
      items.push({
        month,
        from: new Date(window.from).toISOString(),
        to: new Date(window.to).toISOString(),
        availability: figures.availability,
        downSeconds: figures.downSeconds,
        knownSeconds: figures.knownSeconds,
        unknownSeconds: figures.unknownSeconds,
      });
      month = previousMonth(month);
    }
    return { uplinkId, items };
  }

  private async requireCity(code: string): Promise<void> {
    const unit = await this.units.findByCode(code);
    if (!unit || unit.level !== 'city')
      throw AppError.invalidField('city', `no city-level unit ${code}`);
  }
}

/** The listed unit a child unit belongs to: itself or the nearest ancestor by code prefix. */
function ancestorIn(
  childCode: string,
  units: ReadonlyMap<string, AvailabilityUnit>,
): AvailabilityUnit | undefined {
  const own = units.get(childCode);
  if (own) return own;
  for (const length of [9, 6, 4, 2]) {
    if (length >= childCode.length) continue;
    const unit = units.get(childCode.slice(0, length));
    if (unit) return unit;
  }
  return undefined;
}

function comparator(
  sort: AvailabilityQuery['sort'],
  order: AvailabilityQuery['order'],
): (a: UnitAvailability, b: UnitAvailability) => number {
  const direction = order === 'asc' ? 1 : -1;
  return (a, b) => {
    const byField = compareField(a, b, sort);
    if (byField.isNullOrder) return byField.value; // nulls last in both directions
    return byField.value * direction || a.unit.code.localeCompare(b.unit.code);
  };
}

function compareField(
  a: UnitAvailability,
  b: UnitAvailability,
  sort: AvailabilityQuery['sort'],
): { value: number; isNullOrder: boolean } {
  switch (sort) {
    case 'availability':
      if (a.availability === null || b.availability === null) {
        const value = a.availability === b.availability ? 0 : a.availability === null ? 1 : -1;
        return { value: value || a.unit.code.localeCompare(b.unit.code), isNullOrder: true };
      }
      return { value: a.availability - b.availability, isNullOrder: false };
    case 'downSeconds':
      return { value: a.downSeconds - b.downSeconds, isNullOrder: false };
    case 'uplinks':
      return { value: a.uplinks - b.uplinks, isNullOrder: false };
    case 'name':
      return { value: a.unit.name.localeCompare(b.unit.name, 'zh-CN'), isNullOrder: false };
    case 'code':
      return { value: a.unit.code.localeCompare(b.unit.code), isNullOrder: false };
  }
}

function currentMonth(now: number): string {
  return new Date(now + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 7);
}

function previousMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 2, 1)).toISOString().slice(0, 7);
}
