import { inject } from '@angular/core';
import {
  type CanMatchFn,
  RedirectCommand,
  type RedirectFunction,
  Router,
  type UrlTree,
} from '@angular/router';
import { Store } from '@ngrx/store';
import { type Observable, filter, map, take } from 'rxjs';
import type { Me } from './auth-api.types';
import { SessionStatus, authFeature } from './auth.feature';
import { safeReturnUrl } from './return-url';
import { homePathFor, mayAccess } from './route-access';
import type { Role } from './roles';

/** The account once app start has asked the server (normally answered before the first route). */
function accountOnceKnown(store: Store): Observable<Me | null> {
  return store.select(authFeature.selectAuthState).pipe(
    filter((state) => state.status !== SessionStatus.Unknown),
    take(1),
    map((state) => state.account),
  );
}

function signInPage(router: Router): UrlTree {
  const attempted = router.currentNavigation()?.extractedUrl;
  const returnUrl = safeReturnUrl(attempted ? router.serializeUrl(attempted) : null);
  return router.createUrlTree(['/sign-in'], { queryParams: returnUrl ? { returnUrl } : {} });
}

/**
 * Lets the route match for accounts holding one of `allowed`. Anonymous visitors go to sign-in
 * (and come back), a pending password change goes to the password page, any other refusal shows
 * the access-denied page at the URL that was asked for. The API checks again on every request.
 */
export function canMatchRoles(allowed: readonly Role[]): CanMatchFn {
  return () => {
    const router = inject(Router);
    return accountOnceKnown(inject(Store)).pipe(
      map((account) => {
        if (!account) {
          return signInPage(router);
        }
        if (account.mustChangePassword) {
          return router.createUrlTree(['/account/password']);
        }
        if (mayAccess(account.roles, allowed)) {
          return true;
        }
        return new RedirectCommand(router.parseUrl('/access-denied'), {
          skipLocationChange: true,
        });
      }),
    );
  };
}

/** One's own pages (sessions): any signed-in account whose password is in order. */
export const canMatchSignedIn: CanMatchFn = () => {
  const router = inject(Router);
  return accountOnceKnown(inject(Store)).pipe(
    map((account) => {
      if (!account) {
        return signInPage(router);
      }
      return account.mustChangePassword ? router.createUrlTree(['/account/password']) : true;
    }),
  );
};

/** The password page also serves the forced change, so only a session is needed. */
export const canMatchPasswordPage: CanMatchFn = () => {
  const router = inject(Router);
  return accountOnceKnown(inject(Store)).pipe(
    map((account) => (account ? true : signInPage(router))),
  );
};

/** A signed-in browser has nothing to do on the sign-in page. */
export const canMatchSignInPage: CanMatchFn = () => {
  const router = inject(Router);
  return accountOnceKnown(inject(Store)).pipe(
    map((account) => (account ? router.parseUrl(landingPath(account)) : true)),
  );
};

function landingPath(account: Me): string {
  return account.mustChangePassword ? '/account/password' : homePathFor(account.roles);
}

/** `/`: the first page the account's roles can see, or the sign-in page. */
export const redirectToHome: RedirectFunction = () =>
  accountOnceKnown(inject(Store)).pipe(
    map((account) => (account ? landingPath(account) : '/sign-in')),
  );
