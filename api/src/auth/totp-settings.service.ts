import { requiresTotp } from '@extranet/database';
import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import type { AccountsRepository } from './accounts.repository';
import type { PasswordConfirmation } from './password-confirmation';
import type { SecretSealer } from './sign-in.service';
import { checkTotpCode, newTotpSecret, totpEnrollmentFor, type TotpEnrollment } from './totp';

export interface TotpSettingsDependencies {
  accounts: AccountsRepository;
  confirmation: PasswordConfirmation;
  sealer: SecretSealer;
  audited: AuditedWrites;
  clock: Clock;
}

/** A signed-in account's own second factor: enrol (or replace) it, or switch it off. */
export class TotpSettingsService {
  constructor(private readonly deps: TotpSettingsDependencies) {}

  /**
   * A new secret to show; it only takes effect once confirmed with a code (`confirm`).
   * Replacing a second factor that is already on needs the password, as switching it off does:
   * otherwise a stolen session could swap the owner's authenticator and lock them out.
   */
  async start(
    accountId: number,
    proof: { password: string | undefined; sourceAddress: string },
    context: AuditContext,
  ): Promise<{ enrollment: TotpEnrollment; secretSealed: string }> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw AppError.unauthenticated();
    if (account.totpSecretSealed !== null) {
      if (proof.password === undefined) {
        throw AppError.invalidField('password', 'required to replace a second factor that is on');
      }
      await this.deps.confirmation.confirm(
        account,
        proof.password,
        { action: 'auth.totp_replace', sourceAddress: proof.sourceAddress },
        context,
      );
    }
    const secret = newTotpSecret();
    return {
      enrollment: await totpEnrollmentFor(secret, account.username),
      secretSealed: this.deps.sealer.seal(secret),
    };
  }

  async confirm(
    accountId: number,
    secretSealed: string | undefined,
    code: string,
    context: AuditContext,
  ): Promise<void> {
    if (!secretSealed) {
      throw AppError.conflict('no TOTP enrolment is in progress; start one first');
    }
    const secret = this.deps.sealer.open(secretSealed);
    const check = checkTotpCode(secret, code, this.deps.clock(), null);
    if (!check.isValid)
      throw AppError.invalidField('code', 'the code does not match; try the next one');
    await this.deps.audited.run(context, async (transaction, record) => {
      const before = await this.deps.accounts.findById(accountId, { transaction });
      await this.deps.accounts.update(
        accountId,
        { totpSecretSealed: this.deps.sealer.seal(secret), totpLastStep: check.step },
        transaction,
      );
      await record({
        action: 'auth.totp_enrolled',
        objectType: 'account',
        objectId: String(accountId),
        before: { totpEnabled: before?.totpSecretSealed != null },
        after: { totpEnabled: true },
        result: 'success',
      });
    });
  }

  /** Admin duties cannot go without TOTP; others may, after proving the password again. */
  async disable(
    accountId: number,
    password: string,
    sourceAddress: string,
    context: AuditContext,
  ): Promise<void> {
    const account = await this.deps.accounts.findById(accountId);
    if (!account) throw AppError.unauthenticated();
    if (requiresTotp(account.roles)) {
      throw AppError.forbidden('admin accounts must keep their second factor');
    }
    await this.deps.confirmation.confirm(
      account,
      password,
      { action: 'auth.totp_disable', sourceAddress },
      context,
    );
    await this.deps.audited.run(context, async (transaction, record) => {
      await this.deps.accounts.update(
        accountId,
        { totpSecretSealed: null, totpLastStep: null },
        transaction,
      );
      await record({
        action: 'auth.totp_disable',
        objectType: 'account',
        objectId: String(accountId),
        before: { totpEnabled: account.totpSecretSealed !== null },
        after: { totpEnabled: false },
        result: 'success',
      });
    });
  }
}
