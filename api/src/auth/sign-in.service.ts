import {
  afterFailedAttempt,
  afterSuccessfulSignIn,
  isLocked,
  requiresTotp,
  type LockoutState,
} from '@extranet/database';
import type { Transaction } from 'sequelize';
import { AppError, ErrorCode } from '../platform/app-error';
import type { AuditContext, AuditedWrites, RecordEvent } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import { mustChangePassword } from './account-views';
import type { AccountRecord, AccountsRepository } from './accounts.repository';
import type { PasswordHasher } from './password-hashing';
import type { SecurityPolicyRepository } from './security-policy.repository';
import type { SignInThrottle } from './sign-in-throttle';
import { checkTotpCode, newTotpSecret, totpEnrollmentFor, type TotpEnrollment } from './totp';

/** Seals and opens TOTP secrets (SecretBox). */
export interface SecretSealer {
  seal(plain: string): string;
  open(sealed: string): string;
}

export type SignInOutcome =
  | { status: 'signed_in' | 'password_change_required'; accountId: number }
  | { status: 'totp_required'; accountId: number }
  | {
      status: 'totp_enrollment_required';
      accountId: number;
      enrollment: TotpEnrollment;
      secretSealed: string;
    };

/** Why a sign-in failed: recorded in the audit trail only, never told to the caller. */
type FailureReason =
  'unknown_user' | 'wrong_password' | 'disabled' | 'locked' | 'totp_invalid' | 'totp_replayed';

export interface SignInDependencies {
  accounts: AccountsRepository;
  policies: SecurityPolicyRepository;
  hasher: PasswordHasher;
  throttle: SignInThrottle;
  sealer: SecretSealer;
  audited: AuditedWrites;
  clock: Clock;
}

export function lockoutOf(account: AccountRecord): LockoutState {
  return { failedAttempts: account.failedSignIns, lockedUntil: account.lockedUntil };
}

function wrongTotpCode(): AppError {
  return new AppError(401, ErrorCode.InvalidCredentials, '动态验证码错误或已使用');
}

/**
 * Sign-in by password, then (for accounts that have or need one) a TOTP step. Every failure
 * of any kind answers the same 401; the audit trail alone records why. The password is always
 * verified, even for unknown, disabled or locked accounts, so timing tells nothing either.
 */
export class SignInService {
  constructor(private readonly deps: SignInDependencies) {}

  async signIn(
    credentials: { username: string; password: string },
    sourceAddress: string,
    context: AuditContext,
  ): Promise<SignInOutcome> {
    const { accounts, hasher, clock } = this.deps;
    await this.refuseThrottled(sourceAddress, credentials.username, context);
    const account = await accounts.findByUsername(credentials.username);
    if (!account) {
      await hasher.verifyDecoy(credentials.password);
      return this.fail(null, credentials.username, 'unknown_user', sourceAddress, context);
    }
    const isPasswordRight = await hasher.verify(account.passwordHash, credentials.password);
    const now = clock();
    const failure: FailureReason | null = account.isDisabled
      ? 'disabled'
      : isLocked(lockoutOf(account), now)
        ? 'locked'
        : isPasswordRight
          ? null
          : 'wrong_password';
    if (failure) return this.fail(account, credentials.username, failure, sourceAddress, context);

    if (account.totpSecretSealed !== null) {
      await this.recordPending(account, 'totp_required', context);
      return { status: 'totp_required', accountId: account.id };
    }
    if (requiresTotp(account.roles)) {
      const secret = newTotpSecret();
      await this.recordPending(account, 'totp_enrollment_required', context);
      return {
        status: 'totp_enrollment_required',
        accountId: account.id,
        enrollment: await totpEnrollmentFor(secret, account.username),
        secretSealed: this.deps.sealer.seal(secret),
      };
    }
    return this.complete(account, context);
  }

  /** The second step: the code of the enrolled authenticator; a wrong one counts as a failure. */
  async verifyTotp(
    accountId: number,
    code: string,
    sourceAddress: string,
    context: AuditContext,
  ): Promise<SignInOutcome> {
    const account = await this.signInCandidate(accountId, sourceAddress, context);
    if (account.totpSecretSealed === null) throw AppError.unauthenticated('sign in again');
    const secret = this.deps.sealer.open(account.totpSecretSealed);
    const check = checkTotpCode(secret, code, this.deps.clock(), account.totpLastStep);
    const isClaimed =
      check.isValid && (await this.deps.accounts.claimTotpStep(account.id, check.step));
    if (!isClaimed) {
      const reason =
        check.isValid || check.reason === 'replayed' ? 'totp_replayed' : 'totp_invalid';
      await this.fail(account, account.username, reason, sourceAddress, context);
    }
    return this.complete(account, context);
  }

  /**
   * Confirms the secret shown at enrolment with a first code. During a sign-in it completes
   * the sign-in; a wrong code counts as a failed attempt, as at the TOTP step.
   */
  async confirmEnrollmentAtSignIn(
    accountId: number,
    secretSealed: string,
    code: string,
    sourceAddress: string,
    context: AuditContext,
  ): Promise<SignInOutcome> {
    const account = await this.signInCandidate(accountId, sourceAddress, context);
    const secret = this.deps.sealer.open(secretSealed);
    const check = checkTotpCode(secret, code, this.deps.clock(), null);
    if (!check.isValid) {
      return this.fail(account, account.username, 'totp_invalid', sourceAddress, context);
    }
    return this.complete(account, context, async (transaction, record) => {
      await this.deps.accounts.update(
        account.id,
        { totpSecretSealed: this.deps.sealer.seal(secret), totpLastStep: check.step },
        transaction,
      );
      await record({
        action: 'auth.totp_enrolled',
        objectType: 'account',
        objectId: String(account.id),
        after: { totpEnabled: true },
        result: 'success',
        actor: { accountId: account.id, username: account.username },
      });
    });
  }

  async recordSignOut(
    account: { id: number; username: string },
    context: AuditContext,
  ): Promise<void> {
    await this.deps.audited.recordOnly(context, {
      action: 'auth.sign_out',
      objectType: 'account',
      objectId: String(account.id),
      result: 'success',
    });
  }

  /** The account of a sign-in in progress, refused like a password failure if it changed. */
  private async signInCandidate(
    accountId: number,
    sourceAddress: string,
    context: AuditContext,
  ): Promise<AccountRecord> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw AppError.unauthenticated('sign in again');
    await this.refuseThrottled(sourceAddress, account.username, context);
    if (account.isDisabled)
      await this.fail(account, account.username, 'disabled', sourceAddress, context);
    if (isLocked(lockoutOf(account), this.deps.clock())) {
      await this.fail(account, account.username, 'locked', sourceAddress, context);
    }
    return account;
  }

  private async complete(
    account: AccountRecord,
    context: AuditContext,
    alsoInTransaction?: (transaction: Transaction, record: RecordEvent) => Promise<void>,
  ): Promise<SignInOutcome> {
    const now = this.deps.clock();
    const policy = await this.deps.policies.current();
    await this.deps.audited.run(context, async (transaction, record) => {
      await alsoInTransaction?.(transaction, record);
      const cleared = afterSuccessfulSignIn();
      await this.deps.accounts.update(
        account.id,
        {
          failedSignIns: cleared.failedAttempts,
          lockedUntil: cleared.lockedUntil,
          lastSignInAt: now,
        },
        transaction,
      );
      await record({
        action: 'auth.sign_in',
        objectType: 'account',
        objectId: String(account.id),
        result: 'success',
        actor: { accountId: account.id, username: account.username },
      });
    });
    const status = mustChangePassword(account, policy, now)
      ? 'password_change_required'
      : 'signed_in';
    return { status, accountId: account.id };
  }

  private async recordPending(
    account: AccountRecord,
    next: 'totp_required' | 'totp_enrollment_required',
    context: AuditContext,
  ): Promise<void> {
    await this.deps.audited.recordOnly(context, {
      action: 'auth.sign_in_second_factor',
      objectType: 'account',
      objectId: String(account.id),
      after: { next },
      result: 'success',
      actor: { accountId: account.id, username: account.username },
    });
  }

  private async refuseThrottled(
    sourceAddress: string,
    username: string,
    context: AuditContext,
  ): Promise<void> {
    const retryAfter = await this.deps.throttle.retryAfterSeconds(sourceAddress);
    if (retryAfter === null) return;
    await this.deps.audited.recordOnly(context, {
      action: 'auth.sign_in_failed',
      objectType: 'account',
      objectId: null,
      after: { reason: 'throttled', retryAfterSeconds: retryAfter },
      result: 'denied',
      actor: { accountId: null, username },
    });
    throw AppError.tooManyAttempts(retryAfter);
  }

  /** Records the failure (and the lockout it may cause), counts it for the address, answers 401. */
  private async fail(
    account: AccountRecord | null,
    usernameAsTyped: string,
    reason: FailureReason,
    sourceAddress: string,
    context: AuditContext,
  ): Promise<never> {
    const { accounts, policies, clock, audited, throttle } = this.deps;
    const policy = await policies.current();
    const now = clock();
    await audited.run(context, async (transaction, record) => {
      let lockedUntil: Date | null = null;
      const countsAgainstAccount = account !== null && reason !== 'disabled' && reason !== 'locked';
      if (countsAgainstAccount) {
        const current = await accounts.findById(account.id, { transaction, lock: true });
        const next = afterFailedAttempt(lockoutOf(current ?? account), policy, now);
        await accounts.saveLockout(account.id, next, transaction);
        lockedUntil = next.lockedUntil;
      }
      await record({
        action: reason.startsWith('totp') ? 'auth.totp_failed' : 'auth.sign_in_failed',
        objectType: 'account',
        objectId: account ? String(account.id) : null,
        after: { reason, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
        result: 'failure',
        actor: { accountId: account?.id ?? null, username: usernameAsTyped },
      });
    });
    await throttle.registerFailure(sourceAddress);
    throw reason.startsWith('totp') ? wrongTotpCode() : AppError.invalidCredentials();
  }
}
