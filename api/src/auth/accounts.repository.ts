import {
  ROLES,
  Role,
  authModels,
  type AccountAttributes,
  type AccountCreation,
  type AccountRow,
  type AuthModels,
  type DutyHolders,
  type LockoutState,
} from '@extranet/database';
import { Op, QueryTypes, UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';
import { offsetOf, type PageRequest } from '../platform/pagination';
import { LIKE_ESCAPE_CLAUSE, escapeLike } from '../platform/query-params';
import { toNumber } from '../platform/sql-values';

/** An account with its roles and departments; still holds the secrets, so never sent as is. */
export interface AccountRecord extends Omit<AccountAttributes, 'totpLastStep'> {
  totpLastStep: number | null;
  roles: Role[];
  departmentCodes: string[];
}

/** Thrown when a username is taken (the unique index decided, not a read before the insert). */
export class UsernameTakenError extends Error {}

type TxOption = { transaction?: Transaction };

/** Accounts, their roles, department scope and password history. */
export class AccountsRepository {
  private readonly models: AuthModels;

  constructor(private readonly sequelize: Sequelize) {
    this.models = authModels(sequelize);
  }

  async findByUsername(username: string, opts: TxOption = {}): Promise<AccountRecord | null> {
    const row = await this.models.Account.findOne({
      where: { username: username.toLowerCase() },
      transaction: opts.transaction,
    });
    return row ? this.withRolesAndDepartments(row, opts) : null;
  }

  async findById(
    id: number,
    opts: TxOption & { lock?: boolean } = {},
  ): Promise<AccountRecord | null> {
    const row = await this.models.Account.findByPk(id, {
      transaction: opts.transaction,
      lock: opts.lock && opts.transaction ? opts.transaction.LOCK.UPDATE : undefined,
    });
    return row ? this.withRolesAndDepartments(row, opts) : null;
  }

  /** Rows that exist at all, for the first-start bootstrap. */
  async count(opts: TxOption = {}): Promise<number> {
    return this.models.Account.count({ transaction: opts.transaction });
  }

  async create(
    account: AccountCreation,
    roles: readonly Role[],
    departmentCodes: readonly string[],
    transaction: Transaction,
  ): Promise<number> {
    try {
      const row = await this.models.Account.create(
        { ...account, username: account.username.toLowerCase() },
        { transaction },
      );
      await this.replaceRoles(row.id, roles, transaction);
      await this.replaceDepartments(row.id, departmentCodes, transaction);
      return row.id;
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new UsernameTakenError(account.username);
      throw error;
    }
  }

  async update(
    id: number,
    changes: Partial<AccountAttributes>,
    transaction?: Transaction,
  ): Promise<void> {
    await this.models.Account.update(changes, { where: { id }, transaction });
  }

  async replaceRoles(id: number, roles: readonly Role[], transaction: Transaction): Promise<void> {
    await this.models.AccountRole.destroy({ where: { accountId: id }, transaction });
    const unique = [...new Set(roles)];
    if (unique.length > 0) {
      await this.models.AccountRole.bulkCreate(
        unique.map((role) => ({ accountId: id, role })),
        { transaction },
      );
    }
  }

  async replaceDepartments(
    id: number,
    unitCodes: readonly string[],
    transaction: Transaction,
  ): Promise<void> {
    await this.models.AccountScopeDepartment.destroy({ where: { accountId: id }, transaction });
    const unique = [...new Set(unitCodes)];
    if (unique.length > 0) {
      await this.models.AccountScopeDepartment.bulkCreate(
        unique.map((unitCode) => ({ accountId: id, unitCode })),
        { transaction },
      );
    }
  }

  async saveLockout(id: number, state: LockoutState, transaction?: Transaction): Promise<void> {
    await this.update(
      id,
      { failedSignIns: state.failedAttempts, lockedUntil: state.lockedUntil },
      transaction,
    );
  }

  /**
   * Accepts a TOTP time step only if it is later than every step used before: one atomic
   * UPDATE, so two requests racing with the same code cannot both win.
   */
  async claimTotpStep(id: number, step: number, transaction?: Transaction): Promise<boolean> {
    const [affected] = await this.models.Account.update(
      { totpLastStep: step },
      {
        where: {
          id,
          [Op.or]: [{ totpLastStep: null }, { totpLastStep: { [Op.lt]: step } }],
        },
        transaction,
      },
    );
    return affected === 1;
  }

  /** The most recent password hashes, newest first (the current password is the first). */
  async recentPasswordHashes(id: number, count: number, opts: TxOption = {}): Promise<string[]> {
    const rows = await this.models.PasswordHistory.findAll({
      where: { accountId: id },
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: count,
      transaction: opts.transaction,
    });
    return rows.map((row) => row.passwordHash);
  }

  /** Records a password in the history and forgets entries beyond the longest history kept. */
  async addPasswordHistory(
    id: number,
    passwordHash: string,
    now: Date,
    keep: number,
    transaction: Transaction,
  ): Promise<void> {
    await this.models.PasswordHistory.create(
      { accountId: id, passwordHash, createdAt: now },
      { transaction },
    );
    const kept = await this.models.PasswordHistory.findAll({
      attributes: ['id'],
      where: { accountId: id },
      order: [
        ['createdAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: keep,
      transaction,
    });
    await this.models.PasswordHistory.destroy({
      where: { accountId: id, id: { [Op.notIn]: kept.map((row) => row.id) } },
      transaction,
    });
  }

  /** Whether active (not disabled) accounts hold the security and audit duties. */
  async dutyHolders(opts: TxOption = {}): Promise<DutyHolders> {
    const rows = await this.sequelize.query<{ role: string }>(
      `SELECT DISTINCT r.role AS role FROM account_roles r JOIN accounts a ON a.id = r.account_id
       WHERE a.is_disabled = :no AND r.role IN (:roles)`,
      {
        type: QueryTypes.SELECT,
        replacements: { no: false, roles: [Role.SecurityAdmin, Role.AuditAdmin] },
        transaction: opts.transaction,
      },
    );
    const held = new Set(rows.map((row) => row.role));
    return {
      hasActiveSecurityAdmin: held.has(Role.SecurityAdmin),
      hasActiveAuditAdmin: held.has(Role.AuditAdmin),
    };
  }

  /** One page of accounts by username, filtered by a search text and a role. */
  async findPage(
    filter: { q?: string; role?: Role },
    page: PageRequest,
  ): Promise<{ items: AccountRecord[]; total: number }> {
    const clauses: string[] = [];
    const replacements: Record<string, unknown> = {};
    if (filter.q) {
      clauses.push(
        `(a.username LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR a.display_name LIKE :contains ${LIKE_ESCAPE_CLAUSE})`,
      );
      replacements['contains'] = `%${escapeLike(filter.q.toLowerCase())}%`;
    }
    if (filter.role) {
      clauses.push(
        'EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = a.id AND r.role = :role)',
      );
      replacements['role'] = filter.role;
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const [countRow] = await this.sequelize.query<{ total: unknown }>(
      `SELECT COUNT(*) AS total FROM accounts a ${where}`,
      { type: QueryTypes.SELECT, replacements },
    );
    const total = toNumber(countRow?.total);
    if (total === 0 || offsetOf(page) >= total) return { items: [], total };
    const idRows = await this.sequelize.query<{ id: unknown }>(
      `SELECT a.id AS id FROM accounts a ${where} ORDER BY a.username LIMIT :limit OFFSET :offset`,
      {
        type: QueryTypes.SELECT,
        replacements: { ...replacements, limit: page.pageSize, offset: offsetOf(page) },
      },
    );
    const ids = idRows.map((row) => toNumber(row.id));
    const rows = await this.models.Account.findAll({ where: { id: ids } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = await Promise.all(
      ids.flatMap((id) => byId.get(id) ?? []).map((row) => this.withRolesAndDepartments(row)),
    );
    return { items, total };
  }

  private async withRolesAndDepartments(
    row: AccountRow,
    opts: TxOption = {},
  ): Promise<AccountRecord> {
    const [roles, departments] = await Promise.all([
      this.models.AccountRole.findAll({
        where: { accountId: row.id },
        transaction: opts.transaction,
      }),
      this.models.AccountScopeDepartment.findAll({
        where: { accountId: row.id },
        transaction: opts.transaction,
      }),
    ]);
    const plain = row.get({ plain: true }) as AccountAttributes;
    return {
      ...plain,
      totpLastStep: plain.totpLastStep === null ? null : Number(plain.totpLastStep),
      roles: ROLES.filter((role) => roles.some((held) => held.role === role)),
      departmentCodes: departments.map((department) => department.unitCode).sort(),
    };
  }
}
