import {
  ALERT_KIND_SUBJECT,
  Alert,
  AlertConditionTrack,
  AlertEvent,
  AlertEventType,
  AlertStatus,
} from '@extranet/database';
import type { Sequelize, Transaction } from 'sequelize';
import { sqlDateTime } from '../batched-writes';
import type { LoadedRule, StoredTrack } from './alert-engine-reads';
import type { SubjectStep } from './alert-planner';
import { describeSubjects } from './alert-subjects';

/** An alert event the rule's webhook must hear about once the transaction has committed. */
export interface PendingNotification {
  ruleId: number;
  alertId: number;
  eventType: AlertEventType;
}

export interface AppliedCounts {
  raised: number;
  cleared: number;
  flappingStarted: number;
  flappingEnded: number;
}

const EVENT_OF_ACTION = {
  raise: AlertEventType.Raised,
  clear: AlertEventType.Cleared,
  flapping_started: AlertEventType.FlappingStarted,
  flapping_ended: AlertEventType.FlappingEnded,
} as const;

/** Writes one run's steps: alerts, their history and the engine's tracks, in the job's transaction. */
export class AlertEngineWriter {
  readonly notifications: PendingNotification[] = [];
  readonly counts: AppliedCounts = { raised: 0, cleared: 0, flappingStarted: 0, flappingEnded: 0 };

  constructor(
    private readonly sequelize: Sequelize,
    private readonly transaction: Transaction,
    private readonly now: Date,
  ) {}

  async apply(
    rule: LoadedRule,
    steps: readonly SubjectStep[],
    stored: ReadonlyMap<string, StoredTrack>,
  ): Promise<void> {
    const subjectType = ALERT_KIND_SUBJECT[rule.kind];
    const raising = steps.filter((step) => step.actions.includes('raise'));
    const descriptions = await describeSubjects(
      this.sequelize,
      this.transaction,
      rule.kind,
      subjectType,
      raising.map((step) => step.subjectId),
    );
    for (const step of steps) {
      let alertId = stored.get(step.subjectId)?.alertId ?? null;
      for (const action of step.actions) {
        if (action === 'raise') {
          const description = descriptions.get(step.subjectId) ?? {
            unitCode: null,
            summary: `${rule.kind} ${step.subjectId}`,
            details: {},
          };
          const alert = await Alert.create(
            {
              ruleId: rule.id,
              kind: rule.kind,
              severity: rule.severity,
              subjectType,
              subjectId: step.subjectId,
              unitCode: description.unitCode,
              status: AlertStatus.Open,
              isFlapping: false,
              conditionSince: new Date(conditionStart(step)),
              raisedAt: this.now,
              summary: description.summary,
              details: JSON.stringify(description.details),
            },
            { transaction: this.transaction },
          );
          alertId = Number(alert.id);
          this.counts.raised++;
        } else if (alertId !== null) {
          await Alert.update(alertChangeFor(action, this.now), {
            where: { id: alertId },
            transaction: this.transaction,
          });
          if (action === 'clear') this.counts.cleared++;
          if (action === 'flapping_started') this.counts.flappingStarted++;
          if (action === 'flapping_ended') this.counts.flappingEnded++;
        }
        if (alertId === null) continue;
        await AlertEvent.create(
          { alertId, occurredAt: this.now, type: EVENT_OF_ACTION[action] },
          { transaction: this.transaction },
        );
        if (rule.webhookUrl) {
          this.notifications.push({ ruleId: rule.id, alertId, eventType: EVENT_OF_ACTION[action] });
        }
        if (action === 'clear') alertId = null;
      }
      await this.saveTrack(rule.id, step, stored.get(step.subjectId) ?? null, alertId);
    }
  }

  async saveCursor(lastStateChangeId: number): Promise<void> {
    await this.sequelize.query(
      'UPDATE alert_engine_state SET last_state_change_id = :lastStateChangeId, last_run_at = :now WHERE id = 1',
      {
        replacements: { lastStateChangeId, now: sqlDateTime(this.sequelize, this.now) },
        transaction: this.transaction,
      },
    );
  }

  private async saveTrack(
    ruleId: number,
    step: SubjectStep,
    stored: StoredTrack | null,
    alertId: number | null,
  ): Promise<void> {
    const next = step.next;
    if (!next) {
      if (stored)
        await AlertConditionTrack.destroy({
          where: { id: stored.rowId },
          transaction: this.transaction,
        });
      return;
    }
    const values = {
      holds: next.holds,
      changedAt: new Date(next.changedAt),
      recentChanges: JSON.stringify(next.recentChanges),
      alertId,
    };
    if (stored) {
      await AlertConditionTrack.update(values, {
        where: { id: stored.rowId },
        transaction: this.transaction,
      });
    } else {
      await AlertConditionTrack.create(
        { ruleId, subjectId: step.subjectId, ...values },
        { transaction: this.transaction },
      );
    }
  }
}

/** When the condition began: its last change into holding, or the oldest change still remembered. */
function conditionStart(step: SubjectStep): number {
  const next = step.next!;
  return next.holds ? next.changedAt : (next.recentChanges[0] ?? next.changedAt);
}

function alertChangeFor(
  action: 'clear' | 'flapping_started' | 'flapping_ended',
  now: Date,
): Record<string, unknown> {
  switch (action) {
    case 'clear':
      return { status: AlertStatus.Cleared, clearedAt: now, isFlapping: false };
    case 'flapping_started':
      return { isFlapping: true };
    case 'flapping_ended':
      return { isFlapping: false };
  }
}
