import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { AuthState } from './auth.feature';
import { initialAuthState } from './auth.feature';
import {
  canMatchPasswordPage,
  canMatchRoles,
  canMatchSignInPage,
  canMatchSignedIn,
  redirectToHome,
} from './role-guards';
import { ACCESS } from './route-access';
import { anonymousState, signedInState } from './testing/auth-fixtures';

@Component({ selector: 'app-test-page', template: 'page' })
class TestPage {}

@Component({ selector: 'app-test-denied', template: 'denied' })
class TestDenied {}

const routes = [
  { path: '', pathMatch: 'full' as const, redirectTo: redirectToHome },
  { path: 'sign-in', canMatch: [canMatchSignInPage], component: TestPage },
  { path: 'account/password', canMatch: [canMatchPasswordPage], component: TestPage },
  { path: 'account/sessions', canMatch: [canMatchSignedIn], component: TestPage },
  { path: 'links/overview', canMatch: [canMatchRoles(ACCESS.links)], component: TestPage },
  { path: 'admin/accounts', canMatch: [canMatchRoles(ACCESS.adminAccounts)], component: TestPage },
  { path: 'audit', canMatch: [canMatchRoles(ACCESS.audit)], component: TestPage },
  { path: 'access-denied', component: TestDenied },
];

describe('role guards', () => {
  function setUp(auth: AuthState) {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideMockStore({ initialState: { auth } })],
    });
    return TestBed.inject(Router);
  }

  async function landing(auth: AuthState, url: string): Promise<string> {
    const router = setUp(auth);
    await router.navigateByUrl(url);
    return router.url;
  }

  it('when the audit admin opens the links pages, then they do not match: access is denied', async () => {
    expect(await landing(signedInState(['audit_admin']), '/links/overview')).toBe('/access-denied');
  });

  it('when an operator opens the admin pages, then they do not match: access is denied', async () => {
    expect(await landing(signedInState(['network_operator']), '/admin/accounts')).toBe(
      '/access-denied',
    );
  });

  it('when a role opens its own area, then the page matches', async () => {
    expect(await landing(signedInState(['network_operator']), '/links/overview')).toBe(
      '/links/overview',
    );
    expect(await landing(signedInState(['audit_admin']), '/audit')).toBe('/audit');
    expect(await landing(signedInState(['security_admin']), '/admin/accounts')).toBe(
      '/admin/accounts',
    );
  });

  it('when a visitor is not signed in, then sign-in opens with the page to return to', async () => {
    expect(await landing(anonymousState, '/links/overview')).toBe(
      '/sign-in?returnUrl=%2Flinks%2Foverview',
    );
  });

  it('when a password change is pending, then every page leads to the password page', async () => {
    const forced = signedInState(['manager'], { mustChangePassword: true });
    expect(await landing(forced, '/links/overview')).toBe('/account/password');
    expect(await landing(forced, '/account/sessions')).toBe('/account/password');
  });

  it('when / is opened, then each role lands on its first page', async () => {
    expect(await landing(signedInState(['manager']), '/')).toBe('/links/overview');
    expect(await landing(signedInState(['security_admin']), '/')).toBe('/admin/accounts');
    expect(await landing(signedInState(['audit_admin']), '/')).toBe('/audit');
    expect(await landing(anonymousState, '/')).toBe('/sign-in');
  });

  it('when a signed-in browser opens the sign-in page, then it goes home instead', async () => {
    expect(await landing(signedInState(['audit_admin']), '/sign-in')).toBe('/audit');
  });

  it('when the session is not known yet, then the guard waits for it', async () => {
    const router = setUp(initialAuthState);
    let settled = false;
    const navigation = router.navigateByUrl('/audit').then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBeFalse();

    TestBed.inject(MockStore).setState({ auth: signedInState(['audit_admin']) });
    await navigation;
    expect(router.url).toBe('/audit');
  });
});
