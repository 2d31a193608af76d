import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../api-errors/api-error';
import type { Me, SessionAnswer, TotpEnrolment } from './auth-api.types';

export const SignInPageActions = createActionGroup({
  source: 'Sign In Page',
  events: {
    /** `returnUrl` is the page to open afterwards (already checked to be an in-app path). */
    Opened: props<{ returnUrl: string | null }>(),
    'Credentials Submitted': props<{ username: string; password: string }>(),
    'Totp Code Submitted': props<{ code: string }>(),
    'Enrolment Code Submitted': props<{ code: string }>(),
    'Start Over Clicked': emptyProps(),
  },
});

export const UserMenuActions = createActionGroup({
  source: 'User Menu',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

/** What the HTTP interceptor saw in an API answer that concerns the whole session. */
export const SessionInterceptorActions = createActionGroup({
  source: 'Session Interceptor',
  events: {
    /** 401: the session is gone (expired, ended by an admin, or never existed). */
    'Session Ended': props<{ code: string }>(),
    /** 403 `password_change_required`: only the password page works until it is changed. */
    'Password Change Demanded': emptyProps(),
    /** Any other 403: the role or the scope does not allow it. */
    'Access Denied': props<{ message: string }>(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    /** The session check of app start or of the sign-in page. */
    'Session Loaded': props<{ session: SessionAnswer }>(),
    'Session Load Failed': props<{ error: ApiError }>(),
    /** The sign-in page found the browser already signed in. */
    'Already Signed In': props<{ account: Me }>(),
    'Signed In': props<{ account: Me }>(),
    'Totp Required': emptyProps(),
    'Totp Enrolment Required': props<{ enrolment: TotpEnrolment }>(),
    'Password Change Required': props<{ account: Me }>(),
    'Sign In Failed': props<{ error: ApiError; retryAfterSeconds: number | null }>(),
    'Signed Out': emptyProps(),
    'Sign Out Failed': props<{ error: ApiError }>(),
  },
});
