import { afterFailedAttempt, afterSuccessfulSignIn, isLocked, UNLOCKED } from './lockout';
import { DEFAULT_SECURITY_POLICY } from './security-policy';

describe('lockout state machine', () => {
  const policy = DEFAULT_SECURITY_POLICY;
  const t0 = new Date('2026-03-01T08:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  function failTimes(count: number, now = t0) {
    let state = UNLOCKED;
    for (let i = 0; i < count; i += 1) state = afterFailedAttempt(state, policy, now);
    return state;
  }

  it('when failures stay below the threshold, then the account is not locked', () => {
    const state = failTimes(4);
    expect(state.failedAttempts).toBe(4);
    expect(isLocked(state, t0)).toBeFalse();
  });

  it('when the fifth consecutive failure happens, then the account is locked for 15 minutes', () => {
    const state = failTimes(5);
    expect(isLocked(state, t0)).toBeTrue();
    expect(state.lockedUntil!.toISOString()).toBe(at(15).toISOString());
    expect(isLocked(state, at(14.9))).toBeTrue();
    expect(isLocked(state, at(15))).toBeFalse();
  });

  it('when failing while locked, then the lock is not extended', () => {
    const locked = failTimes(5);
    expect(afterFailedAttempt(locked, policy, at(10))).toEqual(locked);
  });

  it('when the lock has passed, then the count starts again from one', () => {
    const locked = failTimes(5);
    const next = afterFailedAttempt(locked, policy, at(16));
    expect(next).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('when a sign-in succeeds, then the failures are forgotten', () => {
    expect(afterSuccessfulSignIn()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});
