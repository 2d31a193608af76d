import { AUTH_SESSION_MODEL, authModels } from '@extranet/database';
import connectSessionSequelize from 'connect-session-sequelize';
import session, { type SessionData } from 'express-session';
import type { RequestHandler } from 'express';
import type { Sequelize } from 'sequelize';
import { SESSION_COOKIE_NAME } from '../platform/openapi-document';

const SequelizeStore = connectSessionSequelize(session.Store);

/** How often rows of ended sessions are swept (the timeouts themselves are checked per request). */
const SWEEP_INTERVAL_MS = 15 * 60_000;
/**
 * `expires` of a new row, until the first activity writes the real deadline. The longest a
 * session can live (the policy's upper bound for the absolute timeout), so a row is never swept
 * while it could still be valid.
 */
const UNTOUCHED_ROW_LIFETIME_MS = 24 * 3_600_000;

export interface SessionCookieOptions {
  /** Signs the session cookie (express-session's `secret`). */
  secret: string;
  /** true: always Secure; false: Secure only when the request came over HTTPS. */
  isCookieSecure: boolean;
}

/**
 * connect-session-sequelize on the `sessions` table, with the extra columns filled from the
 * session's own data. Touch is off: activity is written by the authentication middleware,
 * which also knows the idle deadline. Sessions are saved only when created (no resave, no
 * uninitialised sessions), so a session ended by an admin is never written back by a request
 * that was in flight.
 */
export type AccountSessionStore = session.Store & { stopExpiringSessions(): void };

export function createSessionStore(sequelize: Sequelize): AccountSessionStore {
  authModels(sequelize);
  return new SequelizeStore({
    db: sequelize,
    table: AUTH_SESSION_MODEL,
    checkExpirationInterval: SWEEP_INTERVAL_MS,
    expiration: UNTOUCHED_ROW_LIFETIME_MS,
    disableTouch: true,
    extendDefaultFields: (defaults, data: Partial<SessionData>) => ({
      ...defaults,
      publicId: data.publicId,
      accountId: data.accountId ?? null,
      createdAt: data.createdAt ? new Date(data.createdAt) : new Date(),
      sourceAddress: data.sourceAddress ?? null,
      userAgent: data.userAgent ?? null,
    }),
  } as ConstructorParameters<typeof SequelizeStore>[0]);
}

export function sessionMiddleware(
  store: session.Store,
  options: SessionCookieOptions,
): RequestHandler {
  return session({
    name: SESSION_COOKIE_NAME,
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    unset: 'destroy',
    cookie: {
      httpOnly: true,
      sameSite: 'strict',
      // 'auto': Secure when Express sees HTTPS (req.secure, which honours trust proxy).
      secure: options.isCookieSecure ? true : 'auto',
      path: '/',
      // No maxAge: a browser-session cookie; the server enforces the idle and absolute limits.
    },
  });
}
