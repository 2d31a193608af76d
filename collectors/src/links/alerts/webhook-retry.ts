/**
 * When to try a webhook delivery again. Attempts are few and close together: an alert that
 * arrives ten minutes late is of little use, and the evaluation job must not hang on a dead
 * receiver. The delay doubles from `baseDelayMs` (1 s, 2 s with the defaults) with up to
 * ±20 % jitter so several consoles do not hit a recovering receiver in step.
 */
export interface WebhookRetryPolicy {
  attempts: number;
  baseDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_RETRY: WebhookRetryPolicy = {
  attempts: 3,
  baseDelayMs: 1000,
  timeoutMs: 5000,
};

/** Delays before attempts 2…n, in ms; `random` in [0, 1) (Math.random in production). */
export function webhookRetryDelays(
  policy: WebhookRetryPolicy,
  random: () => number = Math.random,
): number[] {
  const delays: number[] = [];
  for (let retry = 0; retry < policy.attempts - 1; retry++) {
    const jitter = 0.8 + random() * 0.4;
    delays.push(Math.round(policy.baseDelayMs * 2 ** retry * jitter));
  }
  return delays;
}

/** A failure worth another attempt: no answer, a timeout, 408, 429 or a 5xx. A 4xx is final. */
export function isRetryableWebhookStatus(status: number | null): boolean {
  return status === null || status === 408 || status === 429 || status >= 500;
}
