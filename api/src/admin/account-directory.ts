import { UnitLevel } from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { toAdminAccountView, type AdminAccountView } from '../auth/account-views';
import type { AccountRecord, AccountsRepository } from '../auth/accounts.repository';
import type { SecurityPolicyRepository } from '../auth/security-policy.repository';
import { findUnitNames } from '../auth/unit-names';
import { AppError } from '../platform/app-error';
import type { Clock } from '../platform/clock';
import type { Page } from '../platform/pagination';
import type { AccountListQuery } from './accounts-admin.schemas';

/** Reading accounts for the admin pages, and the checks their writes share. */
export class AccountDirectory {
  constructor(
    private readonly sequelize: Sequelize,
    readonly accounts: AccountsRepository,
    private readonly policies: SecurityPolicyRepository,
    private readonly clock: Clock,
  ) {}

  async list(query: AccountListQuery): Promise<Page<AdminAccountView>> {
    const page = { page: query.page, pageSize: query.pageSize };
    const { items, total } = await this.accounts.findPage({ q: query.q, role: query.role }, page);
    return { items: await this.views(items), total, ...page };
  }

  async get(id: number): Promise<AdminAccountView> {
    return this.view(await this.require(id));
  }

  /** The account or 404; inside a transaction it is read with a row lock (MySQL). */
  async require(id: number, transaction?: Transaction): Promise<AccountRecord> {
    const account = await this.accounts.findById(id, { transaction, lock: true });
    if (!account) throw AppError.notFound(`no account with id ${id}`);
    return account;
  }

  async view(account: AccountRecord): Promise<AdminAccountView> {
    const [view] = await this.views([account]);
    return view!;
  }

  /**
   * Checks a scope before it is stored: the root must be an existing unit of the tree (a
   * department is named in the department list instead), departments must be departments and
   * are only for resource allocators.
   */
  async checkScope(
    scopeUnitCode: string | null,
    departmentCodes: readonly string[],
    isAllocator: boolean,
  ): Promise<void> {
    const codes = [...(scopeUnitCode ? [scopeUnitCode] : []), ...departmentCodes];
    const rows = codes.length
      ? await this.sequelize.query<{ code: string; level: string }>(
          'SELECT code, level FROM admin_units WHERE code IN (:codes)',
          { type: QueryTypes.SELECT, replacements: { codes } },
        )
      : [];
    const levelOf = new Map(rows.map((row) => [row.code, row.level]));
    if (scopeUnitCode !== null) {
      const level = levelOf.get(scopeUnitCode);
      if (!level || level === UnitLevel.Department) {
        throw AppError.invalidField(
          'scopeUnitCode',
          level ? 'a department is not a subtree; name it in scopeDepartmentCodes' : 'no such unit',
        );
      }
    }
    const notDepartments = departmentCodes.filter(
      (code) => levelOf.get(code) !== UnitLevel.Department,
    );
    if (notDepartments.length > 0) {
      throw AppError.invalidField(
        'scopeDepartmentCodes',
        `not departments: ${notDepartments.join(', ')}`,
      );
    }
    if (departmentCodes.length > 0 && !isAllocator) {
      throw AppError.invalidField(
        'scopeDepartmentCodes',
        'departments are only for accounts with the resource_allocator role',
      );
    }
  }

  private async views(accounts: readonly AccountRecord[]): Promise<AdminAccountView[]> {
    const [policy, unitNames] = await Promise.all([
      this.policies.current(),
      findUnitNames(
        this.sequelize,
        accounts.map((account) => account.scopeUnitCode),
      ),
    ]);
    const now = this.clock();
    return accounts.map((account) => toAdminAccountView(account, { policy, now, unitNames }));
  }
}
