import type { SignInStage } from '@extranet/database';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Request } from 'express';

/**
 * What a server-side session holds. It is written once, when the session is created (at the
 * first visit and at each sign-in step, which regenerates the session id), and never changed
 * afterwards: activity and timeouts live in the `sessions` columns, and the account (roles,
 * scope, disabled) is read afresh on every request, so a change applies at once.
 */
declare module 'express-session' {
  interface SessionData {
    /** Names the session in the API; the sid itself (the cookie's secret) is never shown. */
    publicId: string;
    createdAt: string;
    csrfToken: string;
    stage: SignInStage;
    accountId: number | null;
    sourceAddress: string | null;
    userAgent: string | null;
    /** TOTP secret shown for enrolment, sealed with SecretBox until confirmed. */
    enrollmentSecretSealed?: string;
  }
}

export interface NewSessionFields {
  stage: SignInStage;
  accountId: number | null;
  enrollmentSecretSealed?: string;
}

const USER_AGENT_MAX = 255;

/** Fills a freshly generated (or regenerated) session. */
export function initialiseSession(req: Request, now: Date, fields: NewSessionFields): void {
  const session = req.session;
  session.publicId = randomUUID();
  session.createdAt = now.toISOString();
  session.csrfToken = randomBytes(32).toString('base64url');
  session.stage = fields.stage;
  session.accountId = fields.accountId;
  session.sourceAddress = req.ip ?? null;
  session.userAgent = req.get('user-agent')?.slice(0, USER_AGENT_MAX) ?? null;
  if (fields.enrollmentSecretSealed !== undefined) {
    session.enrollmentSecretSealed = fields.enrollmentSecretSealed;
  }
}

export function hasSessionData(req: Request): boolean {
  return typeof req.session?.publicId === 'string' && typeof req.session.csrfToken === 'string';
}

/** express-session's callback API as promises. */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((error) => (error ? reject(error) : resolve())),
  );
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.save((error) => (error ? reject(error) : resolve())),
  );
}

export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!req.session) {
      resolve();
      return;
    }
    req.session.destroy((error) => (error ? reject(error) : resolve()));
  });
}
