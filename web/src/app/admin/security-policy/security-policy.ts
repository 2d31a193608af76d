/**
 * The password and session policy profile (`/api/admin/security-policy`). The fields and their
 * bounds are defined once, in database/src/auth/security-policy.ts (compiled by the console
 * too): the form refuses what the API would refuse.
 */
import {
  SECURITY_POLICY_BOUNDS,
  SECURITY_POLICY_FIELDS,
  type SecurityPolicy,
} from '@extranet/security-policy';

export type { SecurityPolicy } from '@extranet/security-policy';
export type PolicyField = keyof SecurityPolicy;

export const POLICY_BOUNDS = SECURITY_POLICY_BOUNDS;

/** The form's sections, in reading order. */
export const POLICY_SECTIONS: readonly { titleKey: string; fields: readonly PolicyField[] }[] = [
  {
    titleKey: 'admin.policy.password',
    fields: ['passwordMinLength', 'passwordMinClasses', 'passwordMaxAgeDays', 'passwordHistory'],
  },
  { titleKey: 'admin.policy.lockout', fields: ['lockoutThreshold', 'lockoutMinutes'] },
  { titleKey: 'admin.policy.session', fields: ['sessionIdleMinutes', 'sessionAbsoluteHours'] },
];

/** Only the policy's own fields: the API answers with `updatedAt`/`updatedBy` too, and refuses
 * unknown fields in a change. */
export function pickPolicy(source: SecurityPolicy): SecurityPolicy {
  return Object.fromEntries(
    SECURITY_POLICY_FIELDS.map((field) => [field, source[field]]),
  ) as unknown as SecurityPolicy;
}
