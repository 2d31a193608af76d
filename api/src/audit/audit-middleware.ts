import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { toErrorResponse } from '../platform/error-middleware';
import { auditResultOf, nameAuditedRequest, type RoutePattern } from './audited-request-naming';
import { auditContextOf, type AuditTrail } from './audit-trail';
import { holdResponseUntil } from './response-gate';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A service recorded this request itself (inside its transaction): record nothing more. */
export function markAudited(res: Response): void {
  res.locals['audited'] = true;
}

export function isAudited(res: Response): boolean {
  return res.locals['audited'] === true;
}

/** Set by the route guard and the error middleware on a 403 (see platform/request-auth.ts). */
function denialOf(res: Response): { reason?: unknown } | null {
  const denied = res.locals['denied'] as { reason?: unknown } | true | undefined;
  if (!denied) return null;
  return denied === true ? {} : denied;
}

/**
 * Records what the services do not: every POST/PUT/PATCH/DELETE not marked audited, and every
 * denied request (any method), as `http.<METHOD> <route pattern>` with the outcome.
 *
 * The record is written BEFORE the response leaves (see holdResponseUntil): if it cannot be
 * written, the client gets a 500 instead of the handler's answer, so nobody is told an action
 * succeeded that the trail does not show. What this cannot do is undo a write the handler
 * already committed; writes that must be atomic with their record go through the services'
 * transaction (AuditedWrites) and are marked.
 *
 * Installed at the top of /api, before the session, CSRF and authentication middleware, so their
 * refusals are recorded too; the actor is read when the response is sent, so the order does not
 * change who is named. express-session then wraps res.end around this one: when it saves a
 * changed session it sends the headers itself first, and such a response can only be recorded,
 * no longer turned into a 500 (sign-in and the other session-changing routes record in their
 * services, so they are marked and never reach that path).
 */
export function auditStateChangingRequests(
  trail: Pick<AuditTrail, 'record'>,
  opts: { routes?: readonly RoutePattern[]; logger?: Logger } = {},
): RequestHandler {
  const patterns = opts.routes ?? [];
  return (req: Request, res: Response, next: NextFunction) => {
    // The router's mount point and the path below it, taken now: error handlers outside the
    // router see them restored to the app's.
    const mountPath = req.baseUrl;
    const requestPath = req.path;
    const isStateChanging = STATE_CHANGING.has(req.method);

    const recordNow = (): Promise<void> | null => {
      const denial = denialOf(res);
      if (isAudited(res) || !(isStateChanging || denial)) return null;
      const name = nameAuditedRequest(req.method, mountPath, requestPath, [
        ...(req.route ? [{ method: req.method, path: String(req.route.path) }] : []),
        ...patterns,
      ]);
      return trail.record({
        ...name,
        ...auditContextOf(req, res),
        result: auditResultOf(res.statusCode, denial !== null),
        after: { status: res.statusCode, ...(denial?.reason ? { reason: denial.reason } : {}) },
      });
    };
    const log = (req as { log?: Logger }).log ?? opts.logger;

    holdResponseUntil(
      res,
      (isHoldable) => {
        const recording = recordNow();
        if (recording === null || isHoldable) return recording;
        // Headers already out (a changed session was saved first): record, but it is too late
        // to turn the answer into a 500; the failure is logged with the request id.
        recording.catch((error: unknown) =>
          log?.error({ err: error }, 'audit record could not be written after the response'),
        );
        return null;
      },
      (error, send) => {
        log?.error({ err: error }, 'audit record could not be written; answering 500 instead');
        const { status, body } = toErrorResponse(error);
        const text = JSON.stringify(body);
        for (const header of ['content-length', 'content-type', 'content-disposition', 'etag']) {
          res.removeHeader(header);
        }
        res.statusCode = status;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Content-Length', Buffer.byteLength(text));
        send(text);
      },
    );
    next();
  };
}
