import { Role, holdsTwoAdminDuties, ungrantableChanges } from '@extranet/database';
import { toAuditedAccount, type AdminAccountView } from '../auth/account-views';
import { UsernameTakenError } from '../auth/accounts.repository';
import { PASSWORD_HISTORY_KEPT } from '../auth/password-change.service';
import { generateOneTimePassword, type PasswordHasher } from '../auth/password-hashing';
import type { SessionsRepository } from '../auth/sessions.repository';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import type { SignedInAccount } from '../platform/request-auth';
import type { AccountDirectory } from './account-directory';
import type { AccountCreate, AccountPatch } from './accounts-admin.schemas';

export interface AccountProvisioningDependencies {
  directory: AccountDirectory;
  sessions: SessionsRepository;
  hasher: PasswordHasher;
  audited: AuditedWrites;
  clock: Clock;
}

/** Refuses a role set that breaks 三员分立 or that the actor may not grant. */
export async function checkRoleChange(
  directory: AccountDirectory,
  actor: SignedInAccount,
  current: readonly Role[],
  requested: readonly Role[],
): Promise<void> {
  if (holdsTwoAdminDuties(requested)) {
    throw AppError.conflict(
      'an account may hold at most one of system_admin, security_admin and audit_admin',
    );
  }
  const holders = await directory.accounts.dutyHolders();
  const refused = ungrantableChanges(actor.roles, holders, current, requested);
  if (refused.length > 0) {
    throw AppError.forbidden(
      actor.roles.includes(Role.SecurityAdmin)
        ? `you may not grant or remove: ${refused.join(', ')}`
        : `roles are assigned by the security admin; you may not grant or remove: ${refused.join(', ')}`,
    );
  }
}

/** The system admin's part: create accounts, disable/enable them, reset passwords. */
export class AccountProvisioningService {
  constructor(private readonly deps: AccountProvisioningDependencies) {}

  /** A new account with a one-time password, shown once and changed at first sign-in. */
  async create(
    input: AccountCreate,
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<{ account: AdminAccountView; oneTimePassword: string }> {
    const { directory, hasher, audited, clock } = this.deps;
    await checkRoleChange(directory, actor, [], input.roles);
    await directory.checkScope(
      input.scopeUnitCode,
      input.scopeDepartmentCodes,
      input.roles.includes(Role.ResourceAllocator),
    );
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hasher.hash(oneTimePassword);
    const now = clock();
    try {
      const id = await audited.run(audit, async (transaction, record) => {
        const newId = await directory.accounts.create(
          {
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            passwordChangedAt: now,
            mustChangePassword: true,
            scopeUnitCode: input.scopeUnitCode,
          },
          input.roles,
          input.scopeDepartmentCodes,
          transaction,
        );
        await directory.accounts.addPasswordHistory(
          newId,
          passwordHash,
          now,
          PASSWORD_HISTORY_KEPT,
          transaction,
        );
        const created = await directory.require(newId, transaction);
        await record({
          action: 'accounts.create',
          objectType: 'account',
          objectId: String(newId),
          after: toAuditedAccount(created),
          result: 'success',
        });
        return newId;
      });
      return { account: await directory.get(id), oneTimePassword };
    } catch (error) {
      if (error instanceof UsernameTakenError) {
        throw AppError.conflict(`the username ${input.username} is taken`);
      }
      throw error;
    }
  }

  /** Renames, disables or enables; disabling ends every session of the account. */
  async update(
    id: number,
    patch: AccountPatch,
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<AdminAccountView> {
    const { directory, sessions, audited } = this.deps;
    if (id === actor.id && patch.isDisabled === true) {
      throw AppError.conflict('you cannot disable your own account');
    }
    await audited.run(audit, async (transaction, record) => {
      const before = await directory.require(id, transaction);
      await directory.accounts.update(
        id,
        {
          ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
          ...(patch.isDisabled !== undefined ? { isDisabled: patch.isDisabled } : {}),
        },
        transaction,
      );
      if (patch.isDisabled === true) await sessions.deleteForAccount(id, { transaction });
      const after = await directory.require(id, transaction);
      const action =
        patch.isDisabled === undefined || patch.isDisabled === before.isDisabled
          ? 'accounts.update'
          : patch.isDisabled
            ? 'accounts.disable'
            : 'accounts.enable';
      await record({
        action,
        objectType: 'account',
        objectId: String(id),
        before: toAuditedAccount(before),
        after: toAuditedAccount(after),
        result: 'success',
      });
    });
    return directory.get(id);
  }

  /** A new one-time password: the account's sessions end and the next sign-in must change it. */
  async resetPassword(
    id: number,
    actor: SignedInAccount,
    audit: AuditContext,
  ): Promise<{ oneTimePassword: string }> {
    const { directory, sessions, hasher, audited, clock } = this.deps;
    if (id === actor.id) {
      throw AppError.conflict('change your own password with POST /api/auth/password');
    }
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hasher.hash(oneTimePassword);
    const now = clock();
    await audited.run(audit, async (transaction, record) => {
      const before = await directory.require(id, transaction);
      await directory.accounts.update(
        id,
        { passwordHash, passwordChangedAt: now, mustChangePassword: true },
        transaction,
      );
      await directory.accounts.addPasswordHistory(
        id,
        passwordHash,
        now,
        PASSWORD_HISTORY_KEPT,
        transaction,
      );
      const ended = await sessions.deleteForAccount(id, { transaction });
      await record({
        action: 'accounts.reset_password',
        objectType: 'account',
        objectId: String(id),
        before: toAuditedAccount(before),
        after: {
          ...toAuditedAccount({ ...before, mustChangePassword: true }),
          sessionsEnded: ended,
        },
        result: 'success',
      });
    });
    return { oneTimePassword };
  }
}
