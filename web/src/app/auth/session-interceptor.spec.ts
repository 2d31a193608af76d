import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpClient, HttpContext } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { Router, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { provideI18nForTests } from '../i18n/i18n-testing';
import { provideApiHttpClient } from './api-http.providers';
import { ANSWERS_OWN_AUTH_ERRORS } from './auth-api';
import { AuthApiActions } from './auth.actions';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';
import * as signInEffects from './sign-in/sign-in.effects';
import { aMe } from './testing/auth-fixtures';

@Component({ selector: 'app-test-page', template: '' })
class TestPage {}

describe('session interceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideApiHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: TestPage }]),
        provideStore(),
        provideState(authFeature),
        provideEffects(authEffects, signInEffects),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    TestBed.inject(Store).dispatch(
      AuthApiActions.sessionLoaded({ session: { authenticated: true, account: aMe() } }),
    );
    await router.navigateByUrl('/links/uplinks?state=down');
  });

  afterEach(() => backend.verify());

  function fail(url: string, status: number, code: string, message = ''): Promise<unknown> {
    const answer = firstValueFrom(http.get(url)).catch((error: unknown) => error);
    backend.expectOne(url).flush({ error: { code, message } }, { status, statusText: 'x' });
    return answer;
  }

  it('when an API call answers 401, then sign-in opens with the page to return to', async () => {
    await fail('/api/uplinks', 401, 'session_expired');
    await TestBed.inject(Router).navigated;
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/sign-in?returnUrl=%2Flinks%2Fuplinks%3Fstate%3Ddown');
    expect(TestBed.inject(Store).selectSignal(authFeature.selectAccount)()).toBeNull();
  });

  it('when the session expired, then a snackbar says so', async () => {
    const rootLoader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(TestPage),
    );
    await fail('/api/uplinks', 401, 'session_expired');
    const snackBar = await rootLoader.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('会话已过期，请重新登录');
  });

  it('when the API demands a password change, then the password page opens', async () => {
    await fail('/api/overview', 403, 'password_change_required');
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/account/password');
    expect(TestBed.inject(Store).selectSignal(authFeature.selectMustChangePassword)()).toBeTrue();
  });

  it('when the API refuses for role or scope, then an access-denied notice shows', async () => {
    const rootLoader = TestbedHarnessEnvironment.documentRootLoader(
      TestBed.createComponent(TestPage),
    );
    await fail('/api/units/42', 403, 'forbidden', '超出管理范围');
    await rootLoader.getHarness(MatSnackBarHarness);

    const notice = TestBed.inject(DOCUMENT).querySelector('[data-testid="access-denied"]');
    expect(notice?.textContent).toContain('无权访问');
    expect(notice?.textContent).toContain('超出管理范围');
    expect(router.url).toBe('/links/uplinks?state=down');
  });

  it('when a form answers invalid_credentials, then the session is left alone', async () => {
    await fail('/api/auth/password', 401, 'invalid_credentials');
    expect(TestBed.inject(Store).selectSignal(authFeature.selectAccount)()).not.toBeNull();
    expect(router.url).toBe('/links/uplinks?state=down');
  });

  it('when a sign-in step fails, then its form handles it, not the interceptor', async () => {
    const answer = firstValueFrom(
      http.post(
        '/api/auth/sign-in/totp',
        { code: '000000' },
        {
          context: new HttpContext().set(ANSWERS_OWN_AUTH_ERRORS, true),
        },
      ),
    ).catch((error: unknown) => error);
    backend
      .expectOne('/api/auth/sign-in/totp')
      .flush({ error: { code: 'unauthenticated', message: '' } }, { status: 401, statusText: 'x' });
    await answer;
    expect(router.url).toBe('/links/uplinks?state=down');
  });

  describe('XSRF', () => {
    const document = () => TestBed.inject(DOCUMENT);

    beforeEach(() => (document().cookie = 'XSRF-TOKEN=token-from-server; path=/'));
    afterEach(
      () => (document().cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'),
    );

    it('when a same-origin write is sent, then the XSRF-TOKEN cookie is echoed as X-XSRF-TOKEN', () => {
      http.post('/api/nodes', {}).subscribe();
      const request = backend.expectOne('/api/nodes').request;
      expect(request.headers.get('X-XSRF-TOKEN')).toBe('token-from-server');
    });

    it('when reading, or writing to another origin, then the token is not sent', () => {
      http.get('/api/uplinks').subscribe();
      http.post('https://elsewhere.example/api', {}).subscribe();
      expect(backend.expectOne('/api/uplinks').request.headers.has('X-XSRF-TOKEN')).toBeFalse();
      expect(
        backend.expectOne('https://elsewhere.example/api').request.headers.has('X-XSRF-TOKEN'),
      ).toBeFalse();
    });
  });
});
