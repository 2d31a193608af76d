import { AuthApiActions, SessionInterceptorActions, SignInPageActions } from './auth.actions';
import { SessionStatus, SignInStep, authFeature, initialAuthState } from './auth.feature';
import { PasswordApiActions } from './password/password.actions';
import { TwoFactorApiActions } from './security/totp-settings.actions';
import { aMe, signedInState } from './testing/auth-fixtures';

const { reducer } = authFeature;
const enrolment = { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/x', qrSvg: '<svg/>' };

describe('auth feature', () => {
  it('when the app has not asked the server yet, then the session is unknown', () => {
    expect(initialAuthState.status).toBe(SessionStatus.Unknown);
    expect(authFeature.selectIsSessionKnown({ auth: initialAuthState })).toBeFalse();
  });

  it('when the session check says signed in, then the account and its home page are known', () => {
    const account = aMe({ roles: ['audit_admin'] });
    const state = reducer(
      initialAuthState,
      AuthApiActions.sessionLoaded({ session: { authenticated: true, account } }),
    );
    const root = { auth: state };
    expect(state.status).toBe(SessionStatus.SignedIn);
    expect(authFeature.selectAccount(root)).toEqual(account);
    expect(authFeature.selectRoles(root)).toEqual(['audit_admin']);
    expect(authFeature.selectHomePath(root)).toBe('/audit');
  });

  it('when the session check says anonymous, then no account is kept', () => {
    const state = reducer(
      signedInState(['manager']),
      AuthApiActions.sessionLoaded({ session: { authenticated: false } }),
    );
    expect(state.status).toBe(SessionStatus.Anonymous);
    expect(state.account).toBeNull();
  });

  it('when the server cannot be reached, then the visitor is anonymous and the error kept', () => {
    const error = { status: 0, code: 'network', message: 'offline' };
    const state = reducer(initialAuthState, AuthApiActions.sessionLoadFailed({ error }));
    expect(state.status).toBe(SessionStatus.Anonymous);
    expect(state.sessionError).toEqual(error);
  });

  it('when credentials are submitted, then the page waits and the old error clears', () => {
    const error = { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' };
    const state = reducer(
      { ...initialAuthState, signInError: error, retryAfterSeconds: 30 },
      SignInPageActions.credentialsSubmitted({ username: 'a', password: 'b' }),
    );
    expect(state.isSubmitting).toBeTrue();
    expect(state.signInError).toBeNull();
    expect(state.retryAfterSeconds).toBeNull();
  });

  it('when the server asks for TOTP, then the TOTP step shows', () => {
    const state = reducer(
      { ...initialAuthState, isSubmitting: true },
      AuthApiActions.totpRequired(),
    );
    expect(state.signInStep).toBe(SignInStep.Totp);
    expect(state.isSubmitting).toBeFalse();
  });

  it('when the server asks to enrol TOTP, then the enrolment step keeps the secret', () => {
    const state = reducer(initialAuthState, AuthApiActions.totpEnrolmentRequired({ enrolment }));
    expect(state.signInStep).toBe(SignInStep.TotpEnrolment);
    expect(state.enrolment).toEqual(enrolment);
  });

  it('when signed in, then the steps reset and the enrolment secret is dropped', () => {
    const state = reducer(
      { ...initialAuthState, signInStep: SignInStep.TotpEnrolment, enrolment },
      AuthApiActions.signedIn({ account: aMe() }),
    );
    expect(state.status).toBe(SessionStatus.SignedIn);
    expect(state.signInStep).toBe(SignInStep.Credentials);
    expect(state.enrolment).toBeNull();
  });

  it('when a password change is required, then the account must change it', () => {
    const state = reducer(
      initialAuthState,
      AuthApiActions.passwordChangeRequired({ account: aMe() }),
    );
    expect(authFeature.selectMustChangePassword({ auth: state })).toBeTrue();
    expect(authFeature.selectIsSignedIn({ auth: state })).toBeTrue();
  });

  it('when the password has been changed, then the re-read account replaces the old one', () => {
    const forced = signedInState(['manager'], { mustChangePassword: true });
    const state = reducer(
      forced,
      PasswordApiActions.passwordChanged({
        session: { authenticated: true, account: aMe({ roles: ['manager'] }) },
        wasForced: true,
      }),
    );
    expect(state.account?.mustChangePassword).toBeFalse();
  });

  it('when the password changed but the re-read failed, then the change is still recorded', () => {
    const forced = signedInState(['manager'], { mustChangePassword: true });
    const state = reducer(
      forced,
      PasswordApiActions.passwordChanged({ session: null, wasForced: true }),
    );
    expect(state.account?.mustChangePassword).toBeFalse();
  });

  it('when TOTP was switched on or off, then the re-read account (or the change) is kept', () => {
    const enabled = reducer(
      signedInState(['network_operator']),
      TwoFactorApiActions.totpEnabled({
        session: { authenticated: true, account: aMe({ totpEnabled: true }) },
      }),
    );
    expect(enabled.account?.totpEnabled).toBeTrue();

    const disabledUnread = reducer(enabled, TwoFactorApiActions.totpDisabled({ session: null }));
    expect(disabledUnread.account?.totpEnabled).toBeFalse();
    expect(disabledUnread.status).toBe(SessionStatus.SignedIn);
  });

  it('when a sign-in fails with 429, then the wait is kept for the message', () => {
    const error = { status: 429, code: 'too_many_attempts', message: '' };
    const state = reducer(
      { ...initialAuthState, isSubmitting: true },
      AuthApiActions.signInFailed({ error, retryAfterSeconds: 60 }),
    );
    expect(state.isSubmitting).toBeFalse();
    expect(state.signInError).toEqual(error);
    expect(state.retryAfterSeconds).toBe(60);
  });

  it('when the session ends or the user signs out, then the account is forgotten', () => {
    for (const action of [
      SessionInterceptorActions.sessionEnded({ code: 'session_expired' }),
      AuthApiActions.signedOut(),
    ]) {
      const state = reducer(signedInState(['manager']), action);
      expect(state.status).toBe(SessionStatus.Anonymous);
      expect(state.account).toBeNull();
    }
  });

  it('when a page was asked for, then it is opened after sign-in only if the roles may see it', () => {
    const opened = reducer(
      initialAuthState,
      SignInPageActions.opened({ returnUrl: '/links/uplinks?state=down' }),
    );
    const operator = reducer(opened, AuthApiActions.signedIn({ account: aMe() }));
    expect(authFeature.selectPathAfterSignIn({ auth: operator })).toBe('/links/uplinks?state=down');

    const auditor = reducer(
      opened,
      AuthApiActions.signedIn({ account: aMe({ roles: ['audit_admin'] }) }),
    );
    expect(authFeature.selectPathAfterSignIn({ auth: auditor })).toBe('/audit');
  });

  it('when the start over link is clicked, then the credentials step returns', () => {
    const state = reducer(
      { ...initialAuthState, signInStep: SignInStep.Totp },
      SignInPageActions.startOverClicked(),
    );
    expect(state.signInStep).toBe(SignInStep.Credentials);
  });

  it('when the pending sign-in lapsed during the TOTP step, then the credentials step returns', () => {
    const error = { status: 401, code: 'session_expired', message: 'sign in again' };
    const state = reducer(
      { ...initialAuthState, signInStep: SignInStep.Totp, isSubmitting: true },
      AuthApiActions.signInFailed({ error, retryAfterSeconds: null }),
    );
    expect(state.signInStep).toBe(SignInStep.Credentials);
    expect(state.signInError).toEqual(error);
  });
});
