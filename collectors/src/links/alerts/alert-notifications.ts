import { Alert, AlertEvent, AlertEventType, AlertRule } from '@extranet/database';
import type { Logger } from 'pino';
import type { CommunityOpener } from '../community-opener';
import type { PendingNotification } from './alert-engine-writer';
import { deliverWebhook, type WebhookOutcome } from './webhook-delivery';
import type { WebhookRetryPolicy } from './webhook-retry';

export interface WebhookReport {
  delivered: number;
  failed: number;
}

/** Deliveries in flight at once: a burst of alerts must not open hundreds of sockets. */
const DELIVERIES_AT_ONCE = 4;

/** The JSON a receiver gets (documented in README; `version` changes if its shape does). */
export function webhookPayload(alert: Alert, eventType: string, sentAt: Date): object {
  return {
    version: 1,
    event: eventType,
    sentAt: sentAt.toISOString(),
    alert: {
      id: Number(alert.id),
      kind: alert.kind,
      severity: alert.severity,
      status: alert.status,
      isFlapping: Boolean(alert.isFlapping),
      subjectType: alert.subjectType,
      subjectId: alert.subjectId,
      unitCode: alert.unitCode,
      summary: alert.summary,
      details: JSON.parse(alert.details) as unknown,
      conditionSince: alert.conditionSince.toISOString(),
      raisedAt: alert.raisedAt.toISOString(),
      clearedAt: alert.clearedAt?.toISOString() ?? null,
    },
  };
}

/**
 * Sends each committed alert event to its rule's webhook and writes the outcome into the
 * alert's history. A failure is recorded, logged once, and never fails the run.
 */
export async function deliverNotifications(
  secrets: CommunityOpener,
  notifications: readonly PendingNotification[],
  options: { logger: Logger; policy?: WebhookRetryPolicy; now?: () => number },
): Promise<WebhookReport> {
  const report: WebhookReport = { delivered: 0, failed: 0 };
  const queue = [...notifications];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const outcome = await deliverOne(secrets, next, options);
      if (!outcome) continue;
      if (outcome.isDelivered) report.delivered++;
      else report.failed++;
      await AlertEvent.create({
        alertId: next.alertId,
        occurredAt: new Date((options.now ?? Date.now)()),
        type: outcome.isDelivered ? AlertEventType.WebhookDelivered : AlertEventType.WebhookFailed,
        details: JSON.stringify({
          event: next.eventType,
          attempts: outcome.attempts,
          status: outcome.status,
          error: outcome.error,
        }),
      });
      if (!outcome.isDelivered) {
        options.logger.warn(
          {
            alertId: next.alertId,
            attempts: outcome.attempts,
            status: outcome.status,
            error: outcome.error,
          },
          'alert webhook not delivered',
        );
      }
    }
  };
  await Promise.all(Array.from({ length: DELIVERIES_AT_ONCE }, worker));
  return report;
}

async function deliverOne(
  secrets: CommunityOpener,
  notification: PendingNotification,
  options: { logger: Logger; policy?: WebhookRetryPolicy; now?: () => number },
): Promise<WebhookOutcome | null> {
  const [rule, alert] = await Promise.all([
    AlertRule.findByPk(notification.ruleId),
    Alert.findByPk(notification.alertId),
  ]);
  if (!rule?.webhookUrl || !alert) return null;
  let secret: string | null = null;
  if (rule.webhookSecretSealed) {
    try {
      secret = secrets.open(rule.webhookSecretSealed);
    } catch {
      // Unsigned would look genuine to a receiver that does not check; better not to send.
      return { isDelivered: false, attempts: 0, status: null, error: 'secret cannot be opened' };
    }
  }
  const payload = webhookPayload(
    alert,
    notification.eventType,
    new Date((options.now ?? Date.now)()),
  );
  return deliverWebhook({ url: rule.webhookUrl, secret }, payload, {
    policy: options.policy,
    now: options.now,
  });
}
