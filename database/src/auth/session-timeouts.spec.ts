import { DEFAULT_SECURITY_POLICY } from './security-policy';
import { sessionDeadline, sessionEndedBecause } from './session-timeouts';

describe('session timeouts', () => {
  const policy = DEFAULT_SECURITY_POLICY;
  const createdAt = new Date('2026-03-01T08:00:00Z');
  const hours = (h: number) => new Date(createdAt.getTime() + h * 3_600_000);

  it('when idle for 30 minutes, then the session has ended (idle)', () => {
    const times = { createdAt, lastSeenAt: hours(1) };
    expect(sessionEndedBecause(times, policy, hours(1.49))).toBeNull();
    expect(sessionEndedBecause(times, policy, hours(1.5))).toBe('idle');
  });

  it('when active for 12 hours, then the session ends however recent the activity', () => {
    const times = { createdAt, lastSeenAt: hours(11.9) };
    expect(sessionDeadline(times, policy)).toEqual({ expiresAt: hours(12), reason: 'absolute' });
    expect(sessionEndedBecause(times, policy, hours(12))).toBe('absolute');
  });
});
