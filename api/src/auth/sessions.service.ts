import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { SessionView, SessionsRepository } from './sessions.repository';

/** Listing and ending sessions: one's own, or (admins) anyone's. */
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly audited: AuditedWrites,
  ) {}

  async listOwn(accountId: number, currentSid: string): Promise<SessionView[]> {
    const sessions = await this.sessions.list({ accountId }, currentSid);
    return sessions.map((session) => ({ ...session, account: null }));
  }

  listAll(filter: { accountId?: number }, currentSid: string): Promise<SessionView[]> {
    return this.sessions.list(filter, currentSid);
  }

  /**
   * Ends a session by its public id. With `ownerId`, only a session of that account (someone
   * else's is "not found": ids are not confirmed to exist). Returns the sid that ended, so the
   * caller can tell whether it was its own.
   */
  async end(
    publicId: string,
    filter: { ownerId?: number },
    context: AuditContext,
  ): Promise<{ sid: string }> {
    const session = await this.sessions.findByPublicId(publicId);
    const isVisible =
      session !== null &&
      session.accountId !== null &&
      (filter.ownerId === undefined || session.accountId === filter.ownerId);
    if (!session || !isVisible) throw AppError.notFound(`no session with id ${publicId}`);
    await this.audited.run(context, async (transaction, record) => {
      await this.sessions.deleteBySid(session.sid, transaction);
      await record({
        action: 'sessions.end',
        objectType: 'session',
        objectId: session.publicId,
        before: { sessionId: session.publicId, accountId: session.accountId },
        result: 'success',
      });
    });
    return { sid: session.sid };
  }
}
