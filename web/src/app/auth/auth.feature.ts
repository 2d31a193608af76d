import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../api-errors/api-error';
import type { Me, SessionAnswer, TotpEnrolment } from './auth-api.types';
import {
  AuthApiActions,
  SessionInterceptorActions,
  SignInPageActions,
  UserMenuActions,
} from './auth.actions';
import { PasswordApiActions } from './password/password.actions';
import { homePathFor, mayOpenPath } from './route-access';
import { TwoFactorApiActions } from './security/totp-settings.actions';

/** GB/T 2260 code of Hubei: as a scope it means province-wide. */
const PROVINCE_UNIT_CODE = '42';

export const SessionStatus = {
  /** Before the first answer of `GET /api/auth/session`: no routing decision yet. */
  Unknown: 'unknown',
  Anonymous: 'anonymous',
  SignedIn: 'signed_in',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

export const SignInStep = {
  Credentials: 'credentials',
  Totp: 'totp',
  TotpEnrolment: 'totp_enrolment',
} as const;
export type SignInStep = (typeof SignInStep)[keyof typeof SignInStep];

export interface AuthState {
  status: SessionStatus;
  account: Me | null;
  /** The last session check could not reach the server. */
  sessionError: ApiError | null;
  signInStep: SignInStep;
  /** The secret to enrol, while the server asks an admin to set up TOTP. */
  enrolment: TotpEnrolment | null;
  isSubmitting: boolean;
  signInError: ApiError | null;
  retryAfterSeconds: number | null;
  /** Where to go once signed in (and the password changed, when that is demanded). */
  returnUrl: string | null;
}

export const initialAuthState: AuthState = {
  status: SessionStatus.Unknown,
  account: null,
  sessionError: null,
  signInStep: SignInStep.Credentials,
  enrolment: null,
  isSubmitting: false,
  signInError: null,
  retryAfterSeconds: null,
  returnUrl: null,
};

const freshSignIn: Pick<
  AuthState,
  'signInStep' | 'enrolment' | 'isSubmitting' | 'signInError' | 'retryAfterSeconds'
> = {
  signInStep: SignInStep.Credentials,
  enrolment: null,
  isSubmitting: false,
  signInError: null,
  retryAfterSeconds: null,
};

/** A 401 that is not about the credentials: the pending sign-in is gone. */
export function isLapsedSignIn(error: ApiError): boolean {
  return error.status === 401 && error.code !== 'invalid_credentials';
}

function signedIn(state: AuthState, account: Me): AuthState {
  return { ...state, ...freshSignIn, status: SessionStatus.SignedIn, account, sessionError: null };
}

function signedOut(state: AuthState): AuthState {
  return { ...state, ...freshSignIn, status: SessionStatus.Anonymous, account: null };
}

/**
 * After a change to one's own account: the session as re-read, or (when that read failed)
 * `change` applied to the account held.
 */
function afterOwnChange(
  state: AuthState,
  session: SessionAnswer | null,
  change: Partial<Me>,
): AuthState {
  if (session === null) {
    return state.account ? { ...state, account: { ...state.account, ...change } } : state;
  }
  return session.authenticated ? { ...state, account: session.account } : signedOut(state);
}

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthApiActions.sessionLoaded, (state, { session }): AuthState =>
      session.authenticated
        ? { ...state, status: SessionStatus.SignedIn, account: session.account, sessionError: null }
        : { ...state, status: SessionStatus.Anonymous, account: null, sessionError: null },
    ),
    // Unreachable server: treat the visitor as signed out; the sign-in page offers a retry.
    on(AuthApiActions.sessionLoadFailed, (state, { error }): AuthState => ({
      ...signedOut(state),
      sessionError: error,
    })),
    on(SignInPageActions.opened, (state, { returnUrl }): AuthState => ({
      ...state,
      ...freshSignIn,
      returnUrl,
    })),
    on(
      SignInPageActions.credentialsSubmitted,
      SignInPageActions.totpCodeSubmitted,
      SignInPageActions.enrolmentCodeSubmitted,
      (state): AuthState => ({
        ...state,
        isSubmitting: true,
        signInError: null,
        retryAfterSeconds: null,
      }),
    ),
    on(SignInPageActions.startOverClicked, (state): AuthState => ({ ...state, ...freshSignIn })),
    on(AuthApiActions.signedIn, AuthApiActions.alreadySignedIn, (state, { account }): AuthState =>
      signedIn(state, account),
    ),
    on(AuthApiActions.totpRequired, (state): AuthState => ({
      ...state,
      isSubmitting: false,
      signInStep: SignInStep.Totp,
    })),
    on(AuthApiActions.totpEnrolmentRequired, (state, { enrolment }): AuthState => ({
      ...state,
      isSubmitting: false,
      signInStep: SignInStep.TotpEnrolment,
      enrolment,
    })),
    on(AuthApiActions.passwordChangeRequired, (state, { account }): AuthState =>
      signedIn(state, { ...account, mustChangePassword: true }),
    ),
    // A TOTP step whose pending sign-in lapsed (5 minutes; 401 session_expired) starts over.
    on(AuthApiActions.signInFailed, (state, { error, retryAfterSeconds }): AuthState => ({
      ...state,
      ...(isLapsedSignIn(error) ? freshSignIn : {}),
      isSubmitting: false,
      signInError: error,
      retryAfterSeconds,
    })),
    on(AuthApiActions.signedOut, SessionInterceptorActions.sessionEnded, signedOut),
    on(SessionInterceptorActions.passwordChangeDemanded, (state): AuthState =>
      state.account ? { ...state, account: { ...state.account, mustChangePassword: true } } : state,
    ),
    on(PasswordApiActions.passwordChanged, (state, { session }): AuthState =>
      afterOwnChange(state, session, { mustChangePassword: false }),
    ),
    on(TwoFactorApiActions.totpEnabled, (state, { session }): AuthState =>
      afterOwnChange(state, session, { totpEnabled: true }),
    ),
    on(TwoFactorApiActions.totpDisabled, (state, { session }): AuthState =>
      afterOwnChange(state, session, { totpEnabled: false }),
    ),
    on(UserMenuActions.signOutClicked, (state): AuthState => ({ ...state, returnUrl: null })),
  ),
  extraSelectors: ({ selectStatus, selectAccount, selectReturnUrl }) => {
    const selectRoles = createSelector(selectAccount, (account) => account?.roles ?? []);
    return {
      selectIsSessionKnown: createSelector(
        selectStatus,
        (status) => status !== SessionStatus.Unknown,
      ),
      selectIsSignedIn: createSelector(selectStatus, (status) => status === SessionStatus.SignedIn),
      selectRoles,
      selectMustChangePassword: createSelector(
        selectAccount,
        (account) => account?.mustChangePassword ?? false,
      ),
      /** The first page the account's roles can see. */
      selectHomePath: createSelector(selectRoles, (roles) => homePathFor(roles)),
      /** After signing in: the page asked for when the roles may see it, else the home page. */
      selectPathAfterSignIn: createSelector(selectReturnUrl, selectRoles, (returnUrl, roles) =>
        returnUrl && mayOpenPath(roles, returnUrl) ? returnUrl : homePathFor(roles),
      ),
      /** Root of the account's unit subtree; null = the whole province (also when scoped to `42`). */
      selectScopeUnitCode: createSelector(selectAccount, (account) => {
        const code = account?.scope.unitCode ?? null;
        return code === PROVINCE_UNIT_CODE ? null : code;
      }),
    };
  },
});
