import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../platform/app-error';

export const CSRF_COOKIE_NAME = 'XSRF-TOKEN';
const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Equal strings, compared in time independent of where they differ. */
export function tokensMatch(expected: string, offered: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(offered, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Synchroniser token, carried the way Angular's HttpClient expects: the server puts the
 * session's token in the readable XSRF-TOKEN cookie, the client echoes it in X-XSRF-TOKEN on
 * every state-changing request. Another site can make the browser send the session cookie,
 * but cannot read the token (and SameSite=Strict keeps the cookie off cross-site requests
 * anyway). The token lives in the server-side session, so a copied cookie alone is useless.
 */
export function csrfProtection(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const expected = req.session?.csrfToken;
    const offered = req.get(CSRF_HEADER);
    if (typeof expected !== 'string' || !offered || !tokensMatch(expected, offered)) {
      throw AppError.csrfFailed();
    }
    next();
  };
}

/** Sends the session's token in the cookie the console's HttpClient reads. */
export function issueCsrfCookie(
  req: Request,
  res: Response,
  options: { isCookieSecure: boolean },
): void {
  const token = req.session?.csrfToken;
  if (!token) return;
  res.cookie(CSRF_COOKIE_NAME, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: options.isCookieSecure || req.secure,
    path: '/',
  });
}

export function clearCsrfCookie(res: Response): void {
  res.clearCookie(CSRF_COOKIE_NAME, { path: '/', sameSite: 'strict' });
}
