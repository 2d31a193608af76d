import {
  SignInStage,
  effectiveScope,
  sessionDeadline,
  sessionEndedBecause,
} from '@extranet/database';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Clock } from '../platform/clock';
import { ANONYMOUS, setAuthState, type AuthState } from '../platform/request-auth';
import { mustChangePassword } from './account-views';
import type { AccountsRepository } from './accounts.repository';
import { clearCsrfCookie } from './csrf';
import type { SecurityPolicyRepository } from './security-policy.repository';
import { destroySession, hasSessionData } from './session-data';
import type { SessionsRepository } from './sessions.repository';

/** A password accepted but no TOTP code within this time: the sign-in starts over. */
export const PENDING_SIGN_IN_MS = 5 * 60_000;
/** Activity is written at most this often per session: the idle limit is minutes, not seconds. */
export const ACTIVITY_WRITE_INTERVAL_MS = 15_000;
/**
 * Sent (value `1`) by the console on requests it makes by itself while nobody uses it (live
 * refreshes, the alert counter). They are served but are not activity: otherwise an open
 * page would keep a session alive for ever and the idle timeout (MLPS) would never apply.
 */
export const BACKGROUND_REQUEST_HEADER = 'x-extranet-background';

export interface SessionAuthenticationDependencies {
  accounts: AccountsRepository;
  sessions: SessionsRepository;
  policies: SecurityPolicyRepository;
  clock: Clock;
}

/**
 * Turns the request's session into an AuthState (`res.locals.auth`) for the route guards:
 * enforces the idle and absolute timeouts on the server, with the policy in force now, ends
 * sessions of disabled or deleted accounts, records activity, and loads roles and scope from
 * the database on every request so a change by an admin applies at once.
 */
export function sessionAuthentication(deps: SessionAuthenticationDependencies): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    setAuthState(res, await authStateFor(req, res, deps));
    next();
  };
}

async function authStateFor(
  req: Request,
  res: Response,
  deps: SessionAuthenticationDependencies,
): Promise<AuthState> {
  const session = req.session;
  if (!hasSessionData(req) || session.stage === SignInStage.Anonymous || !session.accountId) {
    return ANONYMOUS;
  }
  const times = await deps.sessions.findTimes(req.sessionID);
  if (!times || times.accountId !== session.accountId) return endSession(req, res, false);
  const now = deps.clock();
  const policy = await deps.policies.current();
  const lastSeenAt = times.lastSeenAt ?? times.createdAt;
  const isPending = session.stage !== SignInStage.SignedIn;
  const hasTimedOut = isPending
    ? now.getTime() - times.createdAt.getTime() >= PENDING_SIGN_IN_MS
    : sessionEndedBecause({ createdAt: times.createdAt, lastSeenAt }, policy, now) !== null;
  if (hasTimedOut) return endSession(req, res, true);

  const account = await deps.accounts.findById(session.accountId);
  if (!account || account.isDisabled) return endSession(req, res, false);
  if (isPending) {
    return { ...ANONYMOUS, stage: session.stage as SignInStage, pendingAccountId: account.id };
  }

  const isActivity = req.get(BACKGROUND_REQUEST_HEADER) !== '1';
  const activeAt = isActivity ? now : lastSeenAt;
  const deadline = sessionDeadline({ createdAt: times.createdAt, lastSeenAt: activeAt }, policy);
  if (isActivity && now.getTime() - lastSeenAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
    await deps.sessions.recordActivity(req.sessionID, now, deadline.expiresAt);
  }
  return {
    stage: SignInStage.SignedIn,
    account: {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      scope: effectiveScope(account.scopeUnitCode, account.departmentCodes, account.roles),
      mustChangePassword: mustChangePassword(account, policy, now),
    },
    pendingAccountId: null,
    isSessionExpired: false,
    sessionExpiresAt: deadline.expiresAt,
  };
}

/**
 * Drops the session: its row is deleted and the request goes on without one (GET
 * /api/auth/session starts a fresh anonymous one for the next sign-in).
 */
async function endSession(req: Request, res: Response, hasTimedOut: boolean): Promise<AuthState> {
  await destroySession(req);
  clearCsrfCookie(res);
  return { ...ANONYMOUS, isSessionExpired: hasTimedOut };
}
