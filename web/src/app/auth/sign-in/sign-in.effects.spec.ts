import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Router } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { type Observable, Subject, of, throwError } from 'rxjs';
import type { AuthApi } from '../auth-api';
import type { SignInAnswer } from '../auth-api.types';
import { AuthApiActions, SessionInterceptorActions, SignInPageActions } from '../auth.actions';
import { authFeature } from '../auth.feature';
import { aMe } from '../testing/auth-fixtures';
import {
  checkSessionOnSignInPage,
  openPageAfterSignIn,
  openPasswordPage,
  submitSignInStep,
} from './sign-in.effects';

describe('sign-in effects', () => {
  let actions$: Subject<unknown>;

  beforeEach(() => {
    actions$ = new Subject();
  });

  function collect<T>(effect$: Observable<T>): T[] {
    const seen: T[] = [];
    effect$.subscribe((value) => seen.push(value));
    return seen;
  }

  function apiAnswering(answer: SignInAnswer): jasmine.SpyObj<AuthApi> {
    return jasmine.createSpyObj<AuthApi>('AuthApi', {
      signIn: of(answer),
      verifyTotp: of(answer),
      confirmTotpEnrolment: of(answer),
    });
  }

  describe('submitSignInStep', () => {
    it('when the password is right and no second factor is needed, then the user is signed in', () => {
      const account = aMe();
      const api = apiAnswering({ status: 'signed_in', account });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(
        SignInPageActions.credentialsSubmitted({ username: 'zhang.wei', password: 'pw' }),
      );

      expect(api.signIn).toHaveBeenCalledOnceWith('zhang.wei', 'pw');
      expect(seen).toEqual([AuthApiActions.signedIn({ account })]);
    });

    it('when the server answers totp_required, then the TOTP step follows', () => {
      const api = apiAnswering({ status: 'totp_required' });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(SignInPageActions.credentialsSubmitted({ username: 'a', password: 'b' }));

      expect(seen).toEqual([AuthApiActions.totpRequired()]);
    });

    it('when an admin has no TOTP yet, then the enrolment step follows with the secret', () => {
      const enrollment = { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://x', qrSvg: '<svg/>' };
      const api = apiAnswering({ status: 'totp_enrollment_required', enrollment });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(
        SignInPageActions.credentialsSubmitted({ username: 'sysadmin', password: 'b' }),
      );

      expect(seen).toEqual([AuthApiActions.totpEnrolmentRequired({ enrolment: enrollment })]);
    });

    it('when the TOTP code is sent, then the code goes to the TOTP endpoint', () => {
      const account = aMe({ mustChangePassword: true });
      const api = apiAnswering({ status: 'password_change_required', account });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(SignInPageActions.totpCodeSubmitted({ code: '123456' }));

      expect(api.verifyTotp).toHaveBeenCalledOnceWith('123456');
      expect(seen).toEqual([AuthApiActions.passwordChangeRequired({ account })]);
    });

    it('when the enrolment code is sent, then the secret is confirmed with it', () => {
      const account = aMe({ roles: ['system_admin'], totpEnabled: true });
      const api = apiAnswering({ status: 'signed_in', account });
      collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(SignInPageActions.enrolmentCodeSubmitted({ code: '654321' }));

      expect(api.confirmTotpEnrolment).toHaveBeenCalledOnceWith('654321');
    });

    it('when the credentials are wrong, then the server message is kept for the form', () => {
      const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
        signIn: throwError(
          () =>
            new HttpErrorResponse({
              status: 401,
              error: { error: { code: 'invalid_credentials', message: '用户名或密码错误' } },
            }),
        ),
      });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(SignInPageActions.credentialsSubmitted({ username: 'a', password: 'b' }));

      expect(seen).toEqual([
        AuthApiActions.signInFailed({
          error: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
          retryAfterSeconds: null,
        }),
      ]);
    });

    it('when the source is throttled, then the Retry-After seconds are kept', () => {
      const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
        signIn: throwError(
          () =>
            new HttpErrorResponse({
              status: 429,
              headers: new HttpHeaders({ 'Retry-After': '120' }),
              error: { error: { code: 'too_many_attempts', message: 'slow down' } },
            }),
        ),
      });
      const seen = collect(submitSignInStep(new Actions(actions$), api));

      actions$.next(SignInPageActions.credentialsSubmitted({ username: 'a', password: 'b' }));

      expect((seen[0] as ReturnType<typeof AuthApiActions.signInFailed>).retryAfterSeconds).toBe(
        120,
      );
    });
  });

  describe('checkSessionOnSignInPage', () => {
    it('when the browser is in fact signed in, then it is reported as already signed in', () => {
      const account = aMe();
      const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
        session: of({ authenticated: true as const, account }),
      });
      const seen = collect(checkSessionOnSignInPage(new Actions(actions$), api));

      actions$.next(SignInPageActions.opened({ returnUrl: null }));

      expect(seen).toEqual([AuthApiActions.alreadySignedIn({ account })]);
    });

    it('when anonymous, then the answer (and its fresh XSRF cookie) is all there is', () => {
      const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
        session: of({ authenticated: false as const }),
      });
      const seen = collect(checkSessionOnSignInPage(new Actions(actions$), api));

      actions$.next(SignInPageActions.opened({ returnUrl: '/audit' }));

      expect(seen).toEqual([AuthApiActions.sessionLoaded({ session: { authenticated: false } })]);
    });
  });

  describe('navigation', () => {
    let router: jasmine.SpyObj<Router>;
    let store: MockStore;

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideMockStore({
            selectors: [{ selector: authFeature.selectPathAfterSignIn, value: '/links/uplinks' }],
          }),
        ],
      });
      store = TestBed.inject(MockStore);
      router = jasmine.createSpyObj<Router>('Router', { navigateByUrl: Promise.resolve(true) });
    });

    afterEach(() => store.resetSelectors());

    it('when signed in, then the page asked for (or the home page) opens', () => {
      collect(openPageAfterSignIn(new Actions(actions$), store, router));

      actions$.next(AuthApiActions.signedIn({ account: aMe() }));

      expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/links/uplinks');
    });

    it('when a password change is required or demanded, then the password page opens', () => {
      collect(openPasswordPage(new Actions(actions$), router));

      actions$.next(AuthApiActions.passwordChangeRequired({ account: aMe() }));
      actions$.next(SessionInterceptorActions.passwordChangeDemanded());

      expect(router.navigateByUrl.calls.allArgs()).toEqual([
        ['/account/password'],
        ['/account/password'],
      ]);
    });
  });
});
