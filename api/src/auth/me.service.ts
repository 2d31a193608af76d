import type { Sequelize } from 'sequelize';
import { AppError } from '../platform/app-error';
import type { Clock } from '../platform/clock';
import { toMeView, type MeView } from './account-views';
import type { AccountsRepository } from './accounts.repository';
import type { SecurityPolicyRepository } from './security-policy.repository';
import { findUnitNames } from './unit-names';

/** The `Me` view of an account, as the session probe and the sign-in steps answer it. */
export class MeService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly accounts: AccountsRepository,
    private readonly policies: SecurityPolicyRepository,
    private readonly clock: Clock,
  ) {}

  async me(accountId: number, sessionExpiresAt: Date | null): Promise<MeView> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw AppError.unauthenticated();
    const [policy, unitNames] = await Promise.all([
      this.policies.current(),
      findUnitNames(this.sequelize, [account.scopeUnitCode]),
    ]);
    return toMeView(account, { policy, now: this.clock(), unitNames, sessionExpiresAt });
  }

  /** The deadline of a session created now, before its first request records activity. */
  async newSessionExpiresAt(): Promise<Date> {
    const policy = await this.policies.current();
    const now = this.clock().getTime();
    return new Date(
      Math.min(
        now + policy.sessionIdleMinutes * 60_000,
        now + policy.sessionAbsoluteHours * 3_600_000,
      ),
    );
  }
}
