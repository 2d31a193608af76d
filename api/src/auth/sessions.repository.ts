import { authModels, type AuthModels } from '@extranet/database';
import { Op, QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { toIso, toIsoOrNull, toNumber } from '../platform/sql-values';

/** The columns the authentication middleware needs about the request's session. */
export interface SessionTimesRow {
  accountId: number | null;
  createdAt: Date;
  lastSeenAt: Date | null;
}

/** A session as listed to its owner or an admin; never the sid. */
export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
  isCurrent: boolean;
  account: { id: number; username: string; displayName: string } | null;
}

/** A session found by its public id, enough to check ownership and end it. */
export interface SessionRef {
  sid: string;
  publicId: string;
  accountId: number | null;
}

/** The `sessions` table beyond what connect-session-sequelize does itself. */
export class SessionsRepository {
  private readonly models: AuthModels;

  constructor(private readonly sequelize: Sequelize) {
    this.models = authModels(sequelize);
  }

  async findTimes(sid: string): Promise<SessionTimesRow | null> {
    const row = await this.models.AuthSession.findByPk(sid, {
      attributes: ['accountId', 'createdAt', 'lastSeenAt'],
    });
    return row
      ? { accountId: row.accountId ?? null, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt }
      : null;
  }

  /** Records activity and the deadline it implies (the sweep deletes rows past `expires`). */
  async recordActivity(sid: string, now: Date, expires: Date): Promise<void> {
    await this.models.AuthSession.update({ lastSeenAt: now, expires }, { where: { sid } });
  }

  async findByPublicId(publicId: string): Promise<SessionRef | null> {
    const row = await this.models.AuthSession.findOne({
      attributes: ['sid', 'publicId', 'accountId'],
      where: { publicId },
    });
    return row ? { sid: row.sid, publicId: row.publicId, accountId: row.accountId ?? null } : null;
  }

  async deleteBySid(sid: string, transaction?: Transaction): Promise<void> {
    await this.models.AuthSession.destroy({ where: { sid }, transaction });
  }

  /** Ends an account's sessions, optionally all but one (the one changing the password). */
  async deleteForAccount(
    accountId: number,
    opts: { exceptSid?: string; transaction?: Transaction } = {},
  ): Promise<number> {
    return this.models.AuthSession.destroy({
      where: {
        accountId,
        ...(opts.exceptSid ? { sid: { [Op.ne]: opts.exceptSid } } : {}),
      },
      transaction: opts.transaction,
    });
  }

  /**
   * Signed-in sessions (those with an account), newest first: of one account, or of everyone.
   * `currentSid` marks the caller's own session.
   */
  async list(
    filter: { accountId?: number },
    currentSid: string | undefined,
  ): Promise<SessionView[]> {
    const rows = await this.sequelize.query<Record<string, unknown>>(
      `SELECT s.sid AS sid, s.public_id AS publicId, s.created_at AS createdAt,
         s.last_seen_at AS lastSeenAt, s.source_address AS sourceAddress,
         s.user_agent AS userAgent, a.id AS accountId, a.username AS username,
         a.display_name AS displayName
       FROM sessions s JOIN accounts a ON a.id = s.account_id
       ${filter.accountId === undefined ? '' : 'WHERE s.account_id = :accountId'}
       ORDER BY s.created_at DESC, s.public_id`,
      { type: QueryTypes.SELECT, replacements: { accountId: filter.accountId } },
    );
    return rows.map((row) => ({
      id: String(row['publicId']),
      createdAt: toIso(row['createdAt']),
      lastSeenAt: toIsoOrNull(row['lastSeenAt']),
      sourceAddress: (row['sourceAddress'] as string | null) ?? null,
      userAgent: (row['userAgent'] as string | null) ?? null,
      isCurrent: currentSid !== undefined && row['sid'] === currentSid,
      account: {
        id: toNumber(row['accountId']),
        username: String(row['username']),
        displayName: String(row['displayName']),
      },
    }));
  }
}
