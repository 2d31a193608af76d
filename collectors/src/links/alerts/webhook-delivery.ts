import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from './webhook-signature';
import {
  DEFAULT_WEBHOOK_RETRY,
  isRetryableWebhookStatus,
  webhookRetryDelays,
  type WebhookRetryPolicy,
} from './webhook-retry';

export interface WebhookTarget {
  url: string;
  /** The opened secret; null sends the body unsigned. */
  secret: string | null;
}

export interface WebhookOutcome {
  isDelivered: boolean;
  attempts: number;
  /** The last answer's status; null when nothing answered. */
  status: number | null;
  /** Why the last attempt failed (timeout, refused…), short. */
  error: string | null;
}

/** Only http(s): a rule may not make the collector open files or other schemes. */
export function isAllowedWebhookUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * POSTs the JSON body, signed, with a short timeout per attempt and retries with backoff.
 * Never throws: the outcome goes into the alert's history.
 */
export async function deliverWebhook(
  target: WebhookTarget,
  payload: unknown,
  options: {
    policy?: WebhookRetryPolicy;
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
  } = {},
): Promise<WebhookOutcome> {
  const policy = options.policy ?? DEFAULT_WEBHOOK_RETRY;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  if (!isAllowedWebhookUrl(target.url)) {
    return { isDelivered: false, attempts: 0, status: null, error: 'not an http(s) URL' };
  }
  const body = JSON.stringify(payload);
  const delays = webhookRetryDelays(policy);
  let outcome: WebhookOutcome = { isDelivered: false, attempts: 0, status: null, error: null };
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    outcome = { ...(await attemptDelivery(target, body, policy, options.now)), attempts: attempt };
    if (outcome.isDelivered || !isRetryableWebhookStatus(outcome.status)) return outcome;
    if (attempt < policy.attempts) await sleep(delays[attempt - 1]!);
  }
  return outcome;
}

async function attemptDelivery(
  target: WebhookTarget,
  body: string,
  policy: WebhookRetryPolicy,
  now: () => number = Date.now,
): Promise<Omit<WebhookOutcome, 'attempts'>> {
  const timestamp = Math.floor(now() / 1000);
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    [TIMESTAMP_HEADER]: String(timestamp),
  };
  if (target.secret) headers[SIGNATURE_HEADER] = signWebhookBody(target.secret, timestamp, body);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(policy.timeoutMs),
    });
    await response.body?.cancel();
    const isDelivered = response.status >= 200 && response.status < 300;
    return {
      isDelivered,
      status: response.status,
      error: isDelivered ? null : `HTTP ${response.status}`,
    };
  } catch (error) {
    return { isDelivered: false, status: null, error: describeFetchError(error) };
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timeout';
    const cause = (error as { cause?: { code?: string } }).cause;
    return (cause?.code ?? error.message).slice(0, 200);
  }
  return 'unknown error';
}
