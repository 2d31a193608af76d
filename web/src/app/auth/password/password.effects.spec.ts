import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Router } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { type Observable, Subject, of, throwError } from 'rxjs';
import type { AuthApi } from '../auth-api';
import { authFeature } from '../auth.feature';
import type { SessionNotices } from '../session-notices';
import { aMe } from '../testing/auth-fixtures';
import { PasswordApiActions, PasswordPageActions } from './password.actions';
import {
  changePassword,
  continueAfterPasswordChange,
  loadPasswordPolicy,
} from './password.effects';

describe('password effects', () => {
  let actions$: Subject<unknown>;
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: authFeature.selectMustChangePassword, value: true },
            { selector: authFeature.selectPathAfterSignIn, value: '/links/overview' },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    actions$ = new Subject();
  });

  afterEach(() => store.resetSelectors());

  function collect<T>(effect$: Observable<T>): T[] {
    const seen: T[] = [];
    effect$.subscribe((value) => seen.push(value));
    return seen;
  }

  it('when the change succeeds, then the session is re-read and the change reported', () => {
    const account = aMe();
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      changePassword: of(undefined),
      session: of({ authenticated: true as const, account }),
    });
    const seen = collect(changePassword(new Actions(actions$), store, api));

    actions$.next(PasswordPageActions.changeSubmitted({ currentPassword: 'a', newPassword: 'b' }));

    expect(api.changePassword).toHaveBeenCalledOnceWith('a', 'b');
    expect(seen).toEqual([
      PasswordApiActions.passwordChanged({
        session: { authenticated: true, account },
        wasForced: true,
      }),
    ]);
  });

  it('when the policy refuses it, then the unmet rules come from fields[newPassword]', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      changePassword: throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              error: {
                code: 'validation_failed',
                message: '新密码不符合密码策略',
                fields: [
                  { path: 'newPassword', message: 'too short', rule: 'min_length' },
                  { path: 'newPassword', message: 'reused', rule: 'reused' },
                  { path: 'currentPassword', message: 'x' },
                ],
              },
            },
          }),
      ),
    });
    const seen = collect(changePassword(new Actions(actions$), store, api));

    actions$.next(PasswordPageActions.changeSubmitted({ currentPassword: 'a', newPassword: 'b' }));

    expect(seen).toEqual([
      PasswordApiActions.passwordChangeFailed({
        error: { status: 400, code: 'validation_failed', message: '新密码不符合密码策略' },
        unmetRules: [
          { path: 'newPassword', message: 'too short', rule: 'min_length' },
          { path: 'newPassword', message: 'reused', rule: 'reused' },
        ],
      }),
    ]);
  });

  it('when a forced change is done, then the console opens at the page asked for', () => {
    const router = jasmine.createSpyObj<Router>('Router', { navigateByUrl: Promise.resolve(true) });
    const notices = jasmine.createSpyObj<SessionNotices>('SessionNotices', ['passwordChanged']);
    collect(continueAfterPasswordChange(new Actions(actions$), store, router, notices));

    actions$.next(PasswordApiActions.passwordChanged({ session: null, wasForced: true }));
    actions$.next(PasswordApiActions.passwordChanged({ session: null, wasForced: false }));

    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/links/overview');
    expect(notices.passwordChanged).toHaveBeenCalledTimes(2);
  });

  it('when the page opens, then the active password rules are read', () => {
    const policy = {
      passwordMinLength: 12,
      passwordMinClasses: 4,
      passwordMaxAgeDays: 60,
      passwordHistory: 8,
    };
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', { passwordPolicy: of(policy) });
    const seen = collect(loadPasswordPolicy(new Actions(actions$), api));

    actions$.next(PasswordPageActions.opened());

    expect(seen).toEqual([PasswordApiActions.policyLoaded({ policy })]);
  });
});
