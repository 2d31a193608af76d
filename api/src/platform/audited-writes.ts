import type { Request, Response } from 'express';
import { Transaction, type Sequelize } from 'sequelize';
import type { AuditActor, AuditEventInput } from '../audit/audit-trail';

/**
 * What the auth, admin and links services need of the audit trail (api/src/audit): record an
 * event inside the transaction of the write it describes. AuditTrail fits this shape.
 */
export interface AuditRecorder {
  record(event: AuditEventInput, options?: { transaction?: Transaction }): Promise<void>;
}

/** Who and where a request comes from, and how to tell the audit middleware it is recorded. */
export interface AuditContext {
  actor: AuditActor;
  sourceAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** Called after the event is committed, so the request is not recorded a second time. */
  markRecorded(): void;
}

/** The event without what the context supplies. */
export type AuditEventDraft = Omit<
  AuditEventInput,
  'actor' | 'sourceAddress' | 'userAgent' | 'requestId'
> & { actor?: AuditActor };

export type RecordEvent = (event: AuditEventDraft) => Promise<void>;

/**
 * Runs a write and its audit record in one transaction: if the record cannot be written the
 * write is rolled back and the request fails (MLPS: no action without its trace).
 */
export class AuditedWrites {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly recorder: AuditRecorder,
  ) {}

  async run<T>(
    context: AuditContext,
    work: (transaction: Transaction, record: RecordEvent) => Promise<T>,
  ): Promise<T> {
    // SQLite: take the write lock up front. A deferred transaction that reads first cannot
    // upgrade its lock once another writer (the collector) got in, and fails at once.
    const options =
      this.sequelize.getDialect() === 'sqlite' ? { type: Transaction.TYPES.IMMEDIATE } : {};
    const result = await this.sequelize.transaction(options, (transaction) =>
      work(transaction, (event) => this.recorder.record(eventFor(context, event), { transaction })),
    );
    context.markRecorded();
    return result;
  }

  /** An event with no write of its own (sign-out, a refused request). */
  async recordOnly(context: AuditContext, event: AuditEventDraft): Promise<void> {
    await this.recorder.record(eventFor(context, event));
    context.markRecorded();
  }
}

function eventFor(context: AuditContext, event: AuditEventDraft): AuditEventInput {
  return {
    ...event,
    actor: event.actor ?? context.actor,
    sourceAddress: context.sourceAddress,
    userAgent: context.userAgent,
    requestId: context.requestId,
  };
}

/** Builds the context of a request; the audit module supplies how ids and marks are kept. */
export type AuditContextFactory = (req: Request, res: Response) => AuditContext;
