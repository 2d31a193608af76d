/**
 * The password and session policy profile (one row, `security_policy`), edited by the security
 * admin. Defaults follow GB/T 22239-2019 level 3 practice; the bounds stop an edit from
 * weakening it below that (a 4-character password, no lockout, a day-long idle session).
 */
export interface SecurityPolicy {
  passwordMinLength: number;
  /** Of four classes: lower case, upper case, digits, other characters. */
  passwordMinClasses: number;
  passwordMaxAgeDays: number;
  /** A new password may not equal any of this many most recent ones (the current included). */
  passwordHistory: number;
  /** Consecutive failed sign-ins that lock the account. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
}

export const DEFAULT_SECURITY_POLICY: Readonly<SecurityPolicy> = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  passwordMaxAgeDays: 90,
  passwordHistory: 5,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
};

export const SECURITY_POLICY_BOUNDS: Readonly<
  Record<keyof SecurityPolicy, { min: number; max: number }>
> = {
  passwordMinLength: { min: 8, max: 64 },
  passwordMinClasses: { min: 3, max: 4 },
  passwordMaxAgeDays: { min: 1, max: 180 },
  passwordHistory: { min: 5, max: 24 },
  lockoutThreshold: { min: 3, max: 10 },
  lockoutMinutes: { min: 5, max: 1440 },
  sessionIdleMinutes: { min: 5, max: 30 },
  sessionAbsoluteHours: { min: 1, max: 24 },
};

export const SECURITY_POLICY_FIELDS = Object.keys(
  DEFAULT_SECURITY_POLICY,
) as readonly (keyof SecurityPolicy)[];

/** Fields of a policy outside their bounds (or not whole numbers), with the allowed range. */
export function policyBoundViolations(
  policy: SecurityPolicy,
): { field: keyof SecurityPolicy; message: string }[] {
  return SECURITY_POLICY_FIELDS.flatMap((field) => {
    const { min, max } = SECURITY_POLICY_BOUNDS[field];
    const value = policy[field];
    return Number.isInteger(value) && value >= min && value <= max
      ? []
      : [{ field, message: `must be a whole number from ${min} to ${max}` }];
  });
}
