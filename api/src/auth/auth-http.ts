import type { SignInStage } from '@extranet/database';
import type { Request, Response } from 'express';
import type { AuditContextFactory } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import { issueCsrfCookie } from './csrf';
import { initialiseSession, regenerateSession } from './session-data';

/** What the auth routes share: the clock, cookie settings and the audit context of a request. */
export interface AuthHttp {
  clock: Clock;
  isCookieSecure: boolean;
  auditContext: AuditContextFactory;
}

/** The address counted by the sign-in throttle (Express's req.ip honours trust proxy). */
export function sourceAddressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * A new session id for each step of a sign-in (no session fixation: an id planted before the
 * sign-in never becomes a signed-in one), with a fresh CSRF token in the cookie.
 */
export async function startSession(
  http: AuthHttp,
  req: Request,
  res: Response,
  fields: { stage: SignInStage; accountId: number | null; enrollmentSecretSealed?: string },
): Promise<void> {
  await regenerateSession(req);
  initialiseSession(req, http.clock(), fields);
  issueCsrfCookie(req, res, { isCookieSecure: http.isCookieSecure });
}
