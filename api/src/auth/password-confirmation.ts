import { afterFailedAttempt } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import type { AccountRecord, AccountsRepository } from './accounts.repository';
import type { PasswordHasher } from './password-hashing';
import type { SecurityPolicyRepository } from './security-policy.repository';
import type { SessionsRepository } from './sessions.repository';
import { lockoutOf } from './sign-in.service';
import type { SignInThrottle } from './sign-in-throttle';

export interface PasswordConfirmationDependencies {
  accounts: AccountsRepository;
  sessions: SessionsRepository;
  policies: SecurityPolicyRepository;
  hasher: PasswordHasher;
  throttle: SignInThrottle;
  audited: AuditedWrites;
  clock: Clock;
}

/**
 * Re-asking the password of a signed-in account before a sensitive change (a new password,
 * switching TOTP off). A wrong answer counts like a failed sign-in, for the account and for the
 * address: otherwise a stolen session would be a free password-guessing oracle. If it locks the
 * account, every session of the account ends.
 */
export class PasswordConfirmation {
  constructor(private readonly deps: PasswordConfirmationDependencies) {}

  async confirm(
    account: AccountRecord,
    password: string,
    request: { action: string; sourceAddress: string },
    context: AuditContext,
  ): Promise<void> {
    const { accounts, sessions, policies, hasher, audited, clock, throttle } = this.deps;
    // A throttled address is refused before the password is even looked at, as at sign-in.
    const retryAfter = await throttle.retryAfterSeconds(request.sourceAddress);
    if (retryAfter !== null) throw AppError.tooManyAttempts(retryAfter);
    if (await hasher.verify(account.passwordHash, password)) return;
    const lockout = afterFailedAttempt(lockoutOf(account), await policies.current(), clock());
    await audited.run(context, async (transaction, record) => {
      await accounts.saveLockout(account.id, lockout, transaction);
      if (lockout.lockedUntil) await sessions.deleteForAccount(account.id, { transaction });
      await record({
        action: request.action,
        objectType: 'account',
        objectId: String(account.id),
        after: {
          reason: 'wrong_password',
          lockedUntil: lockout.lockedUntil?.toISOString() ?? null,
        },
        result: 'failure',
      });
    });
    await throttle.registerFailure(request.sourceAddress);
    throw AppError.invalidCredentials();
  }
}
