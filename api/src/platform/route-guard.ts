import { SignInStage, hasPermission } from '@extranet/database';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AccessRule } from './access-rules';
import { AppError } from './app-error';
import { authStateOf, markDenied, type AuthState } from './request-auth';

/** 401 for a request without a signed-in session, telling a timeout apart from no session. */
function notSignedIn(state: AuthState): AppError {
  return state.isSessionExpired ? AppError.sessionExpired() : AppError.unauthenticated();
}

/**
 * The decision for one request, as an error to throw or null to go on. Runs before the body is
 * parsed and the input validated, so an anonymous caller learns nothing about a route's input.
 */
export function accessRefusal(rule: AccessRule, state: AuthState): AppError | null {
  if (rule.kind === 'public') return null;
  const isSignedIn = state.stage === SignInStage.SignedIn && state.account !== null;
  if (rule.kind === 'sign_in_step') {
    if (state.stage === rule.stage) return null;
    if (!(rule.orSignedIn && isSignedIn)) {
      return state.isSessionExpired
        ? AppError.sessionExpired()
        : AppError.unauthenticated('no sign-in is waiting for this step; sign in again');
    }
  }
  if (!isSignedIn) return notSignedIn(state);
  const account = state.account!;
  const isOpenDuringChange = rule.kind === 'signed_in' && rule.duringPasswordChange;
  if (account.mustChangePassword && !isOpenDuringChange) return AppError.passwordChangeRequired();
  if (rule.kind === 'permission' && !hasPermission(account.roles, rule.permission)) {
    return AppError.forbidden(`this needs the permission ${rule.permission}`);
  }
  return null;
}

/** Express middleware applying a route's rule; a 403 is marked for the audit trail. */
export function guardRoute(rule: AccessRule): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const refusal = accessRefusal(rule, authStateOf(res));
    if (refusal) {
      if (refusal.status === 403) markDenied(res, refusal.message);
      throw refusal;
    }
    next();
  };
}
