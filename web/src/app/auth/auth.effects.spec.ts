import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { type Observable, Subject, of, throwError } from 'rxjs';
import type { AuthApi } from './auth-api';
import { AuthApiActions, SessionInterceptorActions, UserMenuActions } from './auth.actions';
import {
  notifyAccessDenied,
  openSignInPageAfterSignOut,
  openSignInPageWhenSessionEnds,
  signOut,
} from './auth.effects';
import type { SessionNotices } from './session-notices';

describe('session effects', () => {
  let actions$: Subject<unknown>;

  beforeEach(() => {
    actions$ = new Subject();
  });

  function collect<T>(effect$: Observable<T>): T[] {
    const seen: T[] = [];
    effect$.subscribe((value) => seen.push(value));
    return seen;
  }

  it('when sign-out is clicked, then the server ends the session', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', { signOut: of(undefined) });
    const seen = collect(signOut(new Actions(actions$), api));

    actions$.next(UserMenuActions.signOutClicked());

    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([AuthApiActions.signedOut()]);
  });

  it('when the session had already ended, then signing out still counts as signed out', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      signOut: throwError(() => new HttpErrorResponse({ status: 401 })),
    });
    const seen = collect(signOut(new Actions(actions$), api));

    actions$.next(UserMenuActions.signOutClicked());

    expect(seen).toEqual([AuthApiActions.signedOut()]);
  });

  it('when signed out, then the sign-in page opens', () => {
    const router = jasmine.createSpyObj<Router>('Router', { navigateByUrl: Promise.resolve(true) });
    collect(openSignInPageAfterSignOut(new Actions(actions$), router));

    actions$.next(AuthApiActions.signedOut());

    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/sign-in');
  });

  it('when the session ends while on the sign-in page, then nothing more happens', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate'], { url: '/sign-in' });
    const notices = jasmine.createSpyObj<SessionNotices>('SessionNotices', ['sessionExpired']);
    collect(openSignInPageWhenSessionEnds(new Actions(actions$), router, notices));

    actions$.next(SessionInterceptorActions.sessionEnded({ code: 'unauthenticated' }));

    expect(router.navigate).not.toHaveBeenCalled();
    expect(notices.sessionExpired).not.toHaveBeenCalled();
  });

  it('when many requests are refused at once, then the notice shows once', () => {
    const notices = jasmine.createSpyObj<SessionNotices>('SessionNotices', ['accessDenied']);
    collect(notifyAccessDenied(new Actions(actions$), notices));

    actions$.next(SessionInterceptorActions.accessDenied({ message: '超出管理范围' }));
    actions$.next(SessionInterceptorActions.accessDenied({ message: '超出管理范围' }));

    expect(notices.accessDenied).toHaveBeenCalledOnceWith('超出管理范围');
  });
});
