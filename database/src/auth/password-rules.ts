import { PasswordRule } from './choices';
import type { SecurityPolicy } from './security-policy';

/** Longer passwords are refused: argon2 hashes all of it, so a megabyte would cost CPU. */
export const PASSWORD_MAX_LENGTH = 128;

const DAY_MS = 86_400_000;

export interface UnmetPasswordRule {
  rule: PasswordRule;
  message: string;
}

/** Lower case, upper case, digits, and anything else (symbols, Chinese characters, spaces). */
export function characterClassesOf(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((pattern) => pattern.test(password)).length;
}

/**
 * Every rule of the policy a new password fails, so the form can list them all at once.
 * Whether it repeats a recent password is decided by the caller (it takes argon2 checks
 * against the stored history) and passed in as `isReused`.
 */
export function unmetPasswordRules(
  password: string,
  policy: Pick<SecurityPolicy, 'passwordMinLength' | 'passwordMinClasses' | 'passwordHistory'>,
  context: { username: string; isReused: boolean },
): UnmetPasswordRule[] {
  const unmet: UnmetPasswordRule[] = [];
  const length = [...password].length;
  if (length < policy.passwordMinLength) {
    unmet.push({
      rule: PasswordRule.MinLength,
      message: `must be at least ${policy.passwordMinLength} characters long`,
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    unmet.push({
      rule: PasswordRule.MaxLength,
      message: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    });
  }
  if (characterClassesOf(password) < policy.passwordMinClasses) {
    unmet.push({
      rule: PasswordRule.MinClasses,
      message: `must mix at least ${policy.passwordMinClasses} of: lower case, upper case, digits, other characters`,
    });
  }
  const username = context.username.toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) {
    unmet.push({ rule: PasswordRule.ContainsUsername, message: 'must not contain the username' });
  }
  if (context.isReused) {
    unmet.push({
      rule: PasswordRule.Reused,
      message: `must differ from the last ${policy.passwordHistory} passwords`,
    });
  }
  return unmet;
}

export function passwordExpiresAt(
  changedAt: Date,
  policy: Pick<SecurityPolicy, 'passwordMaxAgeDays'>,
): Date {
  return new Date(changedAt.getTime() + policy.passwordMaxAgeDays * DAY_MS);
}

export function isPasswordExpired(
  changedAt: Date,
  policy: Pick<SecurityPolicy, 'passwordMaxAgeDays'>,
  now: Date,
): boolean {
  return now.getTime() >= passwordExpiresAt(changedAt, policy).getTime();
}
