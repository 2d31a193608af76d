import { AlertEventType, type AccountScope } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import { systemClock, type Clock } from '../platform/clock';
import type { Page } from '../platform/pagination';
import {
  acknowledge,
  unacknowledge,
  type AcknowledgementOutcome,
  type AcknowledgementState,
} from './alerts.acknowledgement';
import type { AlertsRepository } from './alerts.repository';
import type { AlertCounts, AlertDetail, AlertListQuery, AlertSummary } from './alerts.schemas';

/** Who asks, within which scope, and how their change is audited. */
export interface AlertActor {
  username: string;
  scope: AccountScope;
  audit: AuditContext;
}

const REFUSALS: Record<Exclude<AcknowledgementOutcome, { ok: true }>['reason'], string> = {
  already_acknowledged: 'the alert is already acknowledged',
  not_acknowledged: 'the alert is not acknowledged',
  comment_required: 'a comment is required',
};

export class AlertsService {
  constructor(
    private readonly alerts: AlertsRepository,
    private readonly audited: AuditedWrites,
    private readonly clock: Clock = systemClock,
  ) {}

  async list(query: AlertListQuery, scope: AccountScope): Promise<Page<AlertSummary>> {
    const { items, total } = await this.alerts.findPage(query, scope);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  counts(scope: AccountScope): Promise<AlertCounts> {
    return this.alerts.counts(scope);
  }

  /** An alert outside the scope is "not found", like an uplink. */
  async get(id: number, scope: AccountScope): Promise<AlertDetail> {
    const alert = await this.alerts.findById(id, scope);
    if (!alert) throw AppError.notFound(`no alert with id ${id}`);
    return { ...alert, events: await this.alerts.findEvents(id) };
  }

  acknowledge(id: number, comment: string, actor: AlertActor): Promise<AlertDetail> {
    return this.change(id, actor, AlertEventType.Acknowledged, comment, (state, now) =>
      acknowledge(state, actor.username, comment, now),
    );
  }

  unacknowledge(id: number, comment: string | undefined, actor: AlertActor): Promise<AlertDetail> {
    return this.change(id, actor, AlertEventType.Unacknowledged, comment ?? null, (state) =>
      unacknowledge(state),
    );
  }

  private async change(
    id: number,
    actor: AlertActor,
    eventType: typeof AlertEventType.Acknowledged | typeof AlertEventType.Unacknowledged,
    comment: string | null,
    rule: (state: AcknowledgementState, now: Date) => AcknowledgementOutcome,
  ): Promise<AlertDetail> {
    if (!(await this.alerts.findById(id, actor.scope)))
      throw AppError.notFound(`no alert with id ${id}`);
    return this.audited.run(actor.audit, async (transaction, record) => {
      const before = await this.alerts.findById(id, actor.scope, transaction);
      if (!before) throw AppError.notFound(`no alert with id ${id}`);
      const now = this.clock();
      const outcome = rule(stateOf(before), now);
      if (!outcome.ok) throw AppError.conflict(REFUSALS[outcome.reason]);
      await this.alerts.setAcknowledgement(id, outcome.next, transaction);
      await this.alerts.addEvent(
        { alertId: id, occurredAt: now, type: eventType, username: actor.username, comment },
        transaction,
      );
      const after = (await this.alerts.findById(id, actor.scope, transaction))!;
      await record({
        action:
          eventType === AlertEventType.Acknowledged ? 'alerts.acknowledge' : 'alerts.unacknowledge',
        objectType: 'alert',
        objectId: String(id),
        before: { acknowledgement: before.acknowledgement, status: before.status },
        after: { acknowledgement: after.acknowledgement, status: after.status, comment },
        result: 'success',
      });
      return { ...after, events: await this.alerts.findEvents(id, transaction) };
    });
  }
}

function stateOf(alert: AlertSummary): AcknowledgementState {
  const ack = alert.acknowledgement;
  return {
    acknowledgedAt: ack ? new Date(ack.at) : null,
    acknowledgedBy: ack?.by ?? null,
    ackComment: ack?.comment ?? null,
  };
}
