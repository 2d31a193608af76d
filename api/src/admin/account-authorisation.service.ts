import { Role } from '@extranet/database';
import { toAuditedAccount, type AdminAccountView } from '../auth/account-views';
import type { SessionsRepository } from '../auth/sessions.repository';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { SignedInAccount } from '../platform/request-auth';
import type { AccountDirectory } from './account-directory';
import { checkRoleChange } from './account-provisioning.service';
import type { AccountScopeBody } from './accounts-admin.schemas';

export interface AccountAuthorisationDependencies {
  directory: AccountDirectory;
  sessions: SessionsRepository;
  audited: AuditedWrites;
}

/**
 * The security admin's part: roles, scope, unlocking and resetting a lost second factor. No
 * one changes their own roles or scope: an admin cannot widen their own rights.
 */
export class AccountAuthorisationService {
  constructor(private readonly deps: AccountAuthorisationDependencies) {}

  /**
   * Replaces the roles. The account's sessions end when they change: a new admin duty must be
   * signed in with its second factor, a removed role must not linger in an open session.
   */
  async setRoles(
    id: number,
    roles: readonly Role[],
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<AdminAccountView> {
    const { directory, sessions, audited } = this.deps;
    if (id === actor.id) throw AppError.conflict('you cannot change your own roles');
    const current = await directory.require(id);
    await checkRoleChange(directory, actor, current.roles, roles);
    await audited.run(audit, async (transaction, record) => {
      const before = await directory.require(id, transaction);
      await directory.accounts.replaceRoles(id, roles, transaction);
      const isChanged = [...before.roles].sort().join() !== [...new Set(roles)].sort().join();
      if (isChanged) await sessions.deleteForAccount(id, { transaction });
      const after = await directory.require(id, transaction);
      await record({
        action: 'accounts.set_roles',
        objectType: 'account',
        objectId: String(id),
        before: toAuditedAccount(before),
        after: toAuditedAccount(after),
        result: 'success',
      });
    });
    return directory.get(id);
  }

  /** Replaces the region subtree and, for allocators, the departments. Applies at once. */
  async setScope(
    id: number,
    scope: AccountScopeBody,
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<AdminAccountView> {
    const { directory, audited } = this.deps;
    if (id === actor.id) throw AppError.conflict('you cannot change your own scope');
    const current = await directory.require(id);
    await directory.checkScope(
      scope.scopeUnitCode,
      scope.scopeDepartmentCodes,
      current.roles.includes(Role.ResourceAllocator),
    );
    await audited.run(audit, async (transaction, record) => {
      const before = await directory.require(id, transaction);
      await directory.accounts.update(id, { scopeUnitCode: scope.scopeUnitCode }, transaction);
      await directory.accounts.replaceDepartments(id, scope.scopeDepartmentCodes, transaction);
      const after = await directory.require(id, transaction);
      await record({
        action: 'accounts.set_scope',
        objectType: 'account',
        objectId: String(id),
        before: toAuditedAccount(before),
        after: toAuditedAccount(after),
        result: 'success',
      });
    });
    return directory.get(id);
  }

  /** Clears a lockout before its time runs out. */
  async unlock(id: number, audit: AuditContext): Promise<AdminAccountView> {
    await this.deps.audited.run(audit, async (transaction, record) => {
      const before = await this.deps.directory.require(id, transaction);
      await this.deps.directory.accounts.saveLockout(
        id,
        { failedAttempts: 0, lockedUntil: null },
        transaction,
      );
      await record({
        action: 'accounts.unlock',
        objectType: 'account',
        objectId: String(id),
        before: {
          lockedUntil: before.lockedUntil?.toISOString() ?? null,
          failedSignIns: before.failedSignIns,
        },
        after: { lockedUntil: null, failedSignIns: 0 },
        result: 'success',
      });
    });
    return this.deps.directory.get(id);
  }

  /**
   * Forgets the account's TOTP secret (a lost phone): its sessions end, and an admin enrols a
   * new one at the next sign-in.
   */
  async resetTotp(
    id: number,
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<AdminAccountView> {
    if (id === actor.id) throw AppError.conflict('you cannot reset your own second factor');
    await this.deps.audited.run(audit, async (transaction, record) => {
      const before = await this.deps.directory.require(id, transaction);
      await this.deps.directory.accounts.update(
        id,
        { totpSecretSealed: null, totpLastStep: null },
        transaction,
      );
      await this.deps.sessions.deleteForAccount(id, { transaction });
      await record({
        action: 'accounts.reset_totp',
        objectType: 'account',
        objectId: String(id),
        before: { totpEnabled: before.totpSecretSealed !== null },
        after: { totpEnabled: false },
        result: 'success',
      });
    });
    return this.deps.directory.get(id);
  }
}
