import { Permission, PROVINCE_WIDE, Role, SignInStage } from '@extranet/database';
import { Access } from './access-rules';
import { ANONYMOUS, type AuthState } from './request-auth';
import { accessRefusal } from './route-guard';

function signedIn(roles: Role[], mustChangePassword = false): AuthState {
  return {
    ...ANONYMOUS,
    stage: SignInStage.SignedIn,
    account: {
      id: 1,
      username: 'u',
      displayName: 'U',
      roles,
      scope: PROVINCE_WIDE,
      mustChangePassword,
    },
  };
}

const codeOf = (rule: Parameters<typeof accessRefusal>[0], state: AuthState) =>
  accessRefusal(rule, state)?.code ?? 'allowed';

describe('accessRefusal', () => {
  const readLinks = Access.permission(Permission.LinksRead);

  it('when a route is public, then everyone passes', () => {
    expect(codeOf(Access.public(), ANONYMOUS)).toBe('allowed');
  });

  it('when nobody is signed in, then 401, and a timed-out session says so', () => {
    expect(codeOf(readLinks, ANONYMOUS)).toBe('unauthenticated');
    expect(codeOf(readLinks, { ...ANONYMOUS, isSessionExpired: true })).toBe('session_expired');
    const pending = { ...ANONYMOUS, stage: SignInStage.TotpRequired, pendingAccountId: 1 };
    expect(codeOf(readLinks, pending)).toBe('unauthenticated');
  });

  it('when the roles lack the permission, then 403 forbidden', () => {
    expect(codeOf(readLinks, signedIn([Role.Manager]))).toBe('allowed');
    expect(codeOf(readLinks, signedIn([Role.AuditAdmin]))).toBe('forbidden');
    expect(codeOf(readLinks, signedIn([]))).toBe('forbidden');
  });

  it('when a password change is pending, then only routes open during the change pass', () => {
    const state = signedIn([Role.Manager], true);
    expect(codeOf(readLinks, state)).toBe('password_change_required');
    expect(codeOf(Access.signedIn(), state)).toBe('password_change_required');
    expect(codeOf(Access.signedIn({ duringPasswordChange: true }), state)).toBe('allowed');
  });

  it('when a sign-in step is required, then only that step (or a signed-in account if allowed) passes', () => {
    const totpStep = Access.signInStep(SignInStage.TotpRequired);
    const pending = { ...ANONYMOUS, stage: SignInStage.TotpRequired, pendingAccountId: 1 };
    expect(codeOf(totpStep, pending)).toBe('allowed');
    expect(codeOf(totpStep, signedIn([Role.Manager]))).toBe('unauthenticated');
    const enrol = Access.signInStep(SignInStage.TotpEnrollmentRequired, { orSignedIn: true });
    expect(codeOf(enrol, signedIn([Role.Manager]))).toBe('allowed');
    expect(codeOf(enrol, pending)).toBe('unauthenticated');
  });
});
