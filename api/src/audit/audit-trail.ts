import {
  appendAuditEvent,
  loadAuditChainKey,
  type AuditChainKey,
  type AuditResult,
} from '@extranet/database';
import type { Request, Response } from 'express';
import type { Sequelize, Transaction } from 'sequelize';

export type { AuditResult };

export interface AuditActor {
  accountId: number | null;
  username: string | null;
}

export interface AuditEventInput {
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  /** Sanitised before storage: password hashes, secrets, tokens and communities are dropped. */
  before?: unknown;
  after?: unknown;
  result: AuditResult;
  actor: AuditActor;
  sourceAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/**
 * The API's door to the tamper-evident audit trail. `record` appends one event to the HMAC
 * chain; given the transaction of the write it describes, both commit or neither does, so a
 * failed audit write fails the action (the error reaches the error middleware: 500).
 */
export class AuditTrail {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly key: AuditChainKey,
  ) {}

  /** The key from AUDIT_HMAC_KEY or <dataDir>/audit.key; a bad key stops the start-up. */
  static fromEnvironment(sequelize: Sequelize, opts: { dataDir?: string } = {}): AuditTrail {
    return new AuditTrail(sequelize, loadAuditChainKey(opts));
  }

  get chainKey(): AuditChainKey {
    return this.key;
  }

  async record(event: AuditEventInput, options: { transaction?: Transaction } = {}): Promise<void> {
    await appendAuditEvent(
      this.sequelize,
      this.key,
      {
        accountId: event.actor.accountId,
        username: event.actor.username,
        sourceAddress: event.sourceAddress,
        userAgent: event.userAgent,
        action: event.action,
        objectType: event.objectType ?? null,
        objectId: event.objectId ?? null,
        before: event.before,
        after: event.after,
        result: event.result,
        requestId: event.requestId,
      },
      { transaction: options.transaction },
    );
  }
}

/** The account in `res.locals.actor` (set by the authentication middleware), or nobody. */
export function actorOf(res: Response): AuditActor {
  const actor = res.locals['actor'] as Partial<AuditActor> | undefined;
  return { accountId: actor?.accountId ?? null, username: actor?.username ?? null };
}

/**
 * Who, from where and under which request id: the part of an event every request supplies.
 * The address is Express's req.ip, so it honours `trust proxy`; the request id is pino-http's
 * (the caller's X-Request-Id when plain, else a UUID), the same one the access log shows.
 */
export function auditContextOf(
  req: Request,
  res: Response,
): Pick<AuditEventInput, 'actor' | 'sourceAddress' | 'userAgent' | 'requestId'> {
  const id = (req as { id?: unknown }).id ?? res.getHeader('x-request-id');
  return {
    actor: actorOf(res),
    sourceAddress: req.ip ?? req.socket?.remoteAddress ?? null,
    userAgent: req.get('user-agent') ?? null,
    requestId: id === undefined || id === null ? null : String(id),
  };
}
