import { SECURITY_POLICY_BOUNDS, unmetPasswordRules } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import type { AccountsRepository } from './accounts.repository';
import type { PasswordHasher } from './password-hashing';
import type { SecurityPolicyRepository } from './security-policy.repository';
import type { SessionsRepository } from './sessions.repository';
import type { PasswordConfirmation } from './password-confirmation';

/** The history kept per account: the longest the policy may ask for. */
export const PASSWORD_HISTORY_KEPT = SECURITY_POLICY_BOUNDS.passwordHistory.max;

export interface PasswordChangeDependencies {
  accounts: AccountsRepository;
  sessions: SessionsRepository;
  policies: SecurityPolicyRepository;
  hasher: PasswordHasher;
  confirmation: PasswordConfirmation;
  audited: AuditedWrites;
  clock: Clock;
}

/** A signed-in account changes its own password (forced or by choice). */
export class PasswordChangeService {
  constructor(private readonly deps: PasswordChangeDependencies) {}

  /**
   * The current password proves it is the owner at the keyboard (see PasswordConfirmation).
   * The new one must meet the policy and differ from the recent ones. Other sessions of the
   * account end; this one stays signed in.
   */
  async change(
    accountId: number,
    passwords: { currentPassword: string; newPassword: string },
    request: { sid: string; sourceAddress: string },
    context: AuditContext,
  ): Promise<void> {
    const { accounts, sessions, policies, hasher, audited, clock } = this.deps;
    const account = await accounts.findById(accountId);
    if (!account) throw AppError.unauthenticated();
    const policy = await policies.current();
    const now = clock();
    await this.deps.confirmation.confirm(
      account,
      passwords.currentPassword,
      { action: 'auth.password_change', sourceAddress: request.sourceAddress },
      context,
    );

    const recent = await accounts.recentPasswordHashes(account.id, policy.passwordHistory);
    const isReused = await hasher.matchesAny(
      [account.passwordHash, ...recent],
      passwords.newPassword,
    );
    const unmet = unmetPasswordRules(passwords.newPassword, policy, {
      username: account.username,
      isReused,
    });
    if (unmet.length > 0) {
      throw AppError.validation(
        'the new password does not meet the password policy',
        unmet.map((rule) => ({ path: 'newPassword', message: rule.message, rule: rule.rule })),
      );
    }
    const passwordHash = await hasher.hash(passwords.newPassword);
    await audited.run(context, async (transaction, record) => {
      await accounts.update(
        account.id,
        { passwordHash, passwordChangedAt: now, mustChangePassword: false },
        transaction,
      );
      await accounts.addPasswordHistory(
        account.id,
        passwordHash,
        now,
        PASSWORD_HISTORY_KEPT,
        transaction,
      );
      const ended = await sessions.deleteForAccount(account.id, {
        exceptSid: request.sid,
        transaction,
      });
      await record({
        action: 'auth.password_change',
        objectType: 'account',
        objectId: String(account.id),
        after: { passwordChangedAt: now.toISOString(), otherSessionsEnded: ended },
        result: 'success',
      });
    });
  }
}
