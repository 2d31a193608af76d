import { PERMISSIONS, SignInStage, type Permission } from '@extranet/database';

/**
 * Who may call a route. Every route declares one next to its definition (defineRoute requires
 * it and mountRoutes refuses a route without a valid one), and the permission-matrix spec
 * walks them all.
 */
export type AccessRule =
  /** Anyone, signed in or not (health, the session probe, the sign-in itself). */
  | { kind: 'public' }
  /**
   * A sign-in in progress at the given step (password accepted, second factor awaited);
   * `orSignedIn` also lets a signed-in account in (TOTP enrolment from the profile).
   */
  | { kind: 'sign_in_step'; stage: PendingStage; orSignedIn: boolean }
  /** Any signed-in account; `duringPasswordChange` keeps it open while a change is forced. */
  | { kind: 'signed_in'; duringPasswordChange: boolean }
  /** A signed-in account whose roles grant the permission. */
  | { kind: 'permission'; permission: Permission };

export type PendingStage =
  typeof SignInStage.TotpRequired | typeof SignInStage.TotpEnrollmentRequired;

export const Access = {
  public: (): AccessRule => ({ kind: 'public' }),
  signInStep: (stage: PendingStage, opts: { orSignedIn?: boolean } = {}): AccessRule => ({
    kind: 'sign_in_step',
    stage,
    orSignedIn: opts.orSignedIn ?? false,
  }),
  signedIn: (opts: { duringPasswordChange?: boolean } = {}): AccessRule => ({
    kind: 'signed_in',
    duringPasswordChange: opts.duringPasswordChange ?? false,
  }),
  permission: (permission: Permission): AccessRule => ({ kind: 'permission', permission }),
};

/** One line for the OpenAPI document and the route list. */
export function describeAccess(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'public';
    case 'sign_in_step':
      return `sign-in step ${rule.stage}${rule.orSignedIn ? ' or signed in' : ''}`;
    case 'signed_in':
      return rule.duringPasswordChange
        ? 'signed in (also during a forced password change)'
        : 'signed in';
    case 'permission':
      return `permission ${rule.permission}`;
  }
}

/** Guards against a route table built without the type checker (plain JS, casts). */
export function isValidAccessRule(rule: unknown): rule is AccessRule {
  const candidate = rule as Partial<AccessRule> | undefined;
  switch (candidate?.kind) {
    case 'public':
      return true;
    case 'sign_in_step':
      return (
        candidate.stage === SignInStage.TotpRequired ||
        candidate.stage === SignInStage.TotpEnrollmentRequired
      );
    case 'signed_in':
      return typeof candidate.duringPasswordChange === 'boolean';
    case 'permission':
      return PERMISSIONS.includes(candidate.permission as Permission);
    default:
      return false;
  }
}
