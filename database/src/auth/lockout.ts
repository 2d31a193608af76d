import type { SecurityPolicy } from './security-policy';

/** The account's sign-in failure state as stored on its row. */
export interface LockoutState {
  /** Consecutive failures since the last success or the last lock. */
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const UNLOCKED: LockoutState = { failedAttempts: 0, lockedUntil: null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * After a failed sign-in (wrong password or wrong TOTP code). The threshold-th consecutive
 * failure locks the account for the configured time and restarts the count, so the next
 * failure after the lock ends counts as the first. Failures while locked change nothing:
 * they are refused before the password matters, and must not extend the lock forever.
 */
export function afterFailedAttempt(
  state: LockoutState,
  policy: Pick<SecurityPolicy, 'lockoutThreshold' | 'lockoutMinutes'>,
  now: Date,
): LockoutState {
  if (isLocked(state, now)) return state;
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= policy.lockoutThreshold) {
    return {
      failedAttempts: 0,
      lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000),
    };
  }
  return { failedAttempts, lockedUntil: null };
}

/** A complete sign-in (password and, when required, TOTP) clears the failures. */
export function afterSuccessfulSignIn(): LockoutState {
  return { ...UNLOCKED };
}
