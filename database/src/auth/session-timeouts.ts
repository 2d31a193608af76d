import type { SecurityPolicy } from './security-policy';

export type SessionEndReason = 'idle' | 'absolute';

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

/**
 * When a session ends without activity: the idle deadline moves with each request, the
 * absolute one is fixed at creation, and whichever comes first wins.
 */
export function sessionDeadline(
  times: SessionTimes,
  policy: Pick<SecurityPolicy, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
): { expiresAt: Date; reason: SessionEndReason } {
  const idle = times.lastSeenAt.getTime() + policy.sessionIdleMinutes * 60_000;
  const absolute = times.createdAt.getTime() + policy.sessionAbsoluteHours * 3_600_000;
  return idle <= absolute
    ? { expiresAt: new Date(idle), reason: 'idle' }
    : { expiresAt: new Date(absolute), reason: 'absolute' };
}

/** Why the session has ended at `now`, or null while it is still valid. */
export function sessionEndedBecause(
  times: SessionTimes,
  policy: Pick<SecurityPolicy, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
  now: Date,
): SessionEndReason | null {
  const { expiresAt, reason } = sessionDeadline(times, policy);
  return now.getTime() >= expiresAt.getTime() ? reason : null;
}
