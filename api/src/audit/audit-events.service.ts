import { verifyAuditChain, type ChainVerification } from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import type { Page } from '../platform/pagination';
import { auditCsvHeader, auditCsvRow } from './audit-csv';
import type { AuditEventsRepository } from './audit-events.repository';
import type { AuditEventFilters, AuditEventQuery, AuditEventView } from './audit.schemas';
import type { AuditEventInput, AuditTrail } from './audit-trail';

/** Who asks, as the audit trail names them. */
export type AuditRequestContext = Pick<
  AuditEventInput,
  'actor' | 'sourceAddress' | 'userAgent' | 'requestId'
>;

const CSV_ROWS_PER_CHUNK = 200;

/**
 * The audit admin's use-cases: read, export and verify the trail. Reading it changes nothing;
 * exporting and verifying are themselves recorded, since what the auditor of the admins did is
 * part of the record too.
 */
export class AuditEventsService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly events: AuditEventsRepository,
    private readonly trail: AuditTrail,
  ) {}

  async list(query: AuditEventQuery): Promise<Page<AuditEventView>> {
    const { page, pageSize, ...filters } = query;
    const { items, total } = await this.events.findPage(filters, { page, pageSize });
    return { items, total, page, pageSize };
  }

  /**
   * The CSV text, in chunks, newest event first. The export is recorded before the first byte:
   * if that record cannot be written, nothing is exported.
   */
  async exportCsv(
    filters: AuditEventFilters,
    context: AuditRequestContext,
  ): Promise<AsyncIterable<string>> {
    await this.trail.record({
      ...context,
      action: 'audit.export',
      objectType: 'audit_events',
      after: filters,
      result: 'success',
    });
    const events = this.events;
    return (async function* csvChunks() {
      yield auditCsvHeader();
      let chunk = '';
      let rows = 0;
      for await (const event of events.streamNewestFirst(filters)) {
        chunk += auditCsvRow(event);
        rows += 1;
        if (rows % CSV_ROWS_PER_CHUNK === 0) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    })();
  }

  /**
   * Verifies the chain, then records that it was verified and with what outcome. Unlike an
   * action, the answer is given even when that record fails: a broken chain can be the very
   * reason appends fail, and hiding the finding then would help whoever broke it. The failure
   * is logged.
   */
  async verify(context: AuditRequestContext, log?: Logger): Promise<ChainVerification> {
    const verification = await verifyAuditChain(this.sequelize, this.trail.chainKey);
    await this.trail
      .record({
        ...context,
        action: 'audit.verify',
        objectType: 'audit_events',
        after: verification,
        result: 'success',
      })
      .catch((error: unknown) =>
        log?.error({ err: error, verification }, 'audit verification could not be recorded'),
      );
    return verification;
  }
}
