import { HttpClient, HttpContext, HttpContextToken } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  PasswordPolicySummary,
  SessionAnswer,
  SessionInfo,
  SignInAnswer,
  TotpEnrolment,
} from './auth-api.types';

/**
 * Marks a request whose 401 belongs to the form that sent it (wrong password, wrong code), not
 * to an ended session: the session interceptor leaves those alone.
 */
export const ANSWERS_OWN_AUTH_ERRORS = new HttpContextToken<boolean>(() => false);

const OWN_ERRORS = { context: new HttpContext().set(ANSWERS_OWN_AUTH_ERRORS, true) };

interface SessionListBody {
  items: (Omit<SessionInfo, 'account'> & { account?: SessionInfo['account'] })[];
}

/** One's own sessions carry no account; admin lists name it. */
export function toSessionRows(body: SessionListBody): SessionInfo[] {
  return body.items.map((item) => ({ ...item, account: item.account ?? null }));
}

/**
 * `/api/auth/*`: the session, the sign-in steps, sign-out, one's password, second factor and
 * sessions.
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** Always 200; also issues the XSRF cookie the next POST needs. */
  session(): Observable<SessionAnswer> {
    return this.http.get<SessionAnswer>('/api/auth/session', OWN_ERRORS);
  }

  signIn(username: string, password: string): Observable<SignInAnswer> {
    return this.http.post<SignInAnswer>('/api/auth/sign-in', { username, password }, OWN_ERRORS);
  }

  verifyTotp(code: string): Observable<SignInAnswer> {
    return this.http.post<SignInAnswer>('/api/auth/sign-in/totp', { code }, OWN_ERRORS);
  }

  confirmTotpEnrolment(code: string): Observable<SignInAnswer> {
    return this.http.post<SignInAnswer>('/api/auth/totp/enroll', { code }, OWN_ERRORS);
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out', {}, OWN_ERRORS);
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    // Not marked: a wrong current password is `invalid_credentials` (the interceptor knows it
    // is a form error), while an expired session here must still lead to the sign-in page.
    return this.http.post<void>('/api/auth/password', { currentPassword, newPassword });
  }

  passwordPolicy(): Observable<PasswordPolicySummary> {
    return this.http.get<PasswordPolicySummary>('/api/auth/password-policy');
  }

  /** A new TOTP secret for one's own account, confirmed by `confirmOwnTotp`. */
  startOwnTotpEnrolment(): Observable<TotpEnrolment> {
    return this.http.post<TotpEnrolment>('/api/auth/totp/secret', {});
  }

  /**
   * Confirms the secret of `startOwnTotpEnrolment` with a first code (400 naming `code` when it
   * does not match). Not marked, unlike the sign-in step: a 401 here means the session ended.
   */
  confirmOwnTotp(code: string): Observable<SignInAnswer> {
    return this.http.post<SignInAnswer>('/api/auth/totp/enroll', { code });
  }

  /** Not for admin duties (403); a wrong password is `invalid_credentials`, as for a change. */
  disableOwnTotp(password: string): Observable<void> {
    return this.http.delete<void>('/api/auth/totp', { body: { password } });
  }

  mySessions(): Observable<SessionInfo[]> {
    return this.http.get<SessionListBody>('/api/auth/sessions').pipe(map(toSessionRows));
  }

  endMySession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`);
  }
}
