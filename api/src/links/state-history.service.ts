import type { AccountScope } from '@extranet/database';
import { AppError } from '../platform/app-error';
import { systemClock, type Clock } from '../platform/clock';
import { availabilityOf, stateSegments, type AvailabilityFigures } from './availability.timeline';
import type { StateHistoryRepository } from './state-history.repository';
import {
  DEFAULT_STATE_HISTORY_DAYS,
  type StateHistory,
  type StateHistoryQuery,
} from './state-history.schemas';
import type { UplinksRepository } from './uplinks.repository';

export class StateHistoryService {
  constructor(
    private readonly history: StateHistoryRepository,
    private readonly uplinks: UplinksRepository,
    private readonly clock: Clock = systemClock,
  ) {}

  /** An uplink's changes in a window (a page, newest first) and the window as state stretches. */
  async forUplink(
    uplinkId: number,
    query: StateHistoryQuery,
    scope: AccountScope,
  ): Promise<StateHistory> {
    await this.requireInScope(uplinkId, scope);
    const to = query.to ? Date.parse(query.to) : this.clock().getTime();
    const from = query.from ? Date.parse(query.from) : to - DEFAULT_STATE_HISTORY_DAYS * 86_400_000;
    if (from >= to) throw AppError.invalidField('from', 'must be before to');
    const window = { from, to };
    const [page, stateAtStart, changes] = await Promise.all([
      this.history.findPage(uplinkId, window, query),
      this.history.stateAt(uplinkId, from),
      this.history.changesIn(uplinkId, window),
    ]);
    return {
      ...page,
      page: query.page,
      pageSize: query.pageSize,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      segments: stateSegments(stateAtStart, changes, window).map((segment) => ({
        start: new Date(segment.start).toISOString(),
        end: new Date(segment.end).toISOString(),
        state: segment.state as StateHistory['segments'][number]['state'],
      })),
    };
  }

  /** One uplink's availability over a window (its detail page shows the month). */
  async availabilityOf(
    uplinkId: number,
    window: { from: number; to: number },
    scope: AccountScope,
  ): Promise<AvailabilityFigures> {
    await this.requireInScope(uplinkId, scope);
    const [stateAtStart, changes] = await Promise.all([
      this.history.stateAt(uplinkId, window.from),
      this.history.changesIn(uplinkId, window),
    ]);
    return availabilityOf(stateSegments(stateAtStart, changes, window));
  }

  private async requireInScope(uplinkId: number, scope: AccountScope): Promise<void> {
    if (!(await this.uplinks.findSummaryById(uplinkId, scope)))
      throw AppError.notFound(`no uplink with id ${uplinkId}`);
  }
}
