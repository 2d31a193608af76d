import { DEFAULT_SECURITY_POLICY, Role, unmetPasswordRules } from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import { toAuditedAccount } from '../auth/account-views';
import { AccountsRepository } from '../auth/accounts.repository';
import { PASSWORD_HISTORY_KEPT } from '../auth/password-change.service';
import { PasswordHasher, generateOneTimePassword } from '../auth/password-hashing';
import type { AuditRecorder } from '../platform/audited-writes';
import { LauncherConfigError } from './launcher-config';

export const FIRST_ADMIN_USERNAME = 'sysadmin';
export const INITIAL_PASSWORD_VARIABLE = 'EXTRANET_INITIAL_ADMIN_PASSWORD';

export interface FirstSystemAdminOptions {
  sequelize: Sequelize;
  auditTrail: AuditRecorder;
  logger: Logger;
  /** EXTRANET_INITIAL_ADMIN_PASSWORD: replaces the random one (e2e); still changed at sign-in. */
  initialPassword?: string;
  hasher?: PasswordHasher;
  now?: Date;
}

/**
 * On the first start (no account at all) creates the system admin `sysadmin` with a random
 * one-time password, printed once, in the message text of one log line so the redaction of
 * `password` fields does not hide it; nothing else ever logs it. It must be changed at the first
 * sign-in, and the account enrols TOTP then. There is no fixed default password anywhere.
 */
export async function ensureFirstSystemAdmin(
  options: FirstSystemAdminOptions,
): Promise<'created' | 'exists'> {
  const accounts = new AccountsRepository(options.sequelize);
  if ((await accounts.count()) > 0) return 'exists';
  const given = options.initialPassword?.trim() ? options.initialPassword : undefined;
  if (given !== undefined) refuseWeak(given);
  const password = given ?? generateOneTimePassword();
  const hasher = options.hasher ?? new PasswordHasher();
  const passwordHash = await hasher.hash(password);
  const now = options.now ?? new Date();

  const created = await options.sequelize.transaction(async (transaction) => {
    // Two launchers starting at once: the unique username lets only one insert win; re-check.
    if ((await accounts.count({ transaction })) > 0) return false;
    const id = await accounts.create(
      {
        username: FIRST_ADMIN_USERNAME,
        displayName: '系统管理员',
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: true,
      },
      [Role.SystemAdmin],
      [],
      transaction,
    );
    await accounts.addPasswordHistory(id, passwordHash, now, PASSWORD_HISTORY_KEPT, transaction);
    const account = await accounts.findById(id, { transaction });
    await options.auditTrail.record(
      {
        action: 'accounts.bootstrap',
        objectType: 'account',
        objectId: String(id),
        after: account ? toAuditedAccount(account) : null,
        result: 'success',
        actor: { accountId: null, username: null },
        sourceAddress: null,
        userAgent: 'launcher',
        requestId: null,
      },
      { transaction },
    );
    return true;
  });
  if (!created) return 'exists';

  // Shown whatever LOG_LEVEL says: without it nobody could ever sign in.
  const announcer = options.logger.child({ component: 'first-start' }, { level: 'info' });
  announcer.warn(
    given === undefined
      ? `first start: created the system administrator "${FIRST_ADMIN_USERNAME}" with the one-time password ${password} (must change at first sign-in; it is not shown again)`
      : `first start: created the system administrator "${FIRST_ADMIN_USERNAME}" with the password from ${INITIAL_PASSWORD_VARIABLE} (must change at first sign-in)`,
  );
  return 'created';
}

function refuseWeak(password: string): void {
  const unmet = unmetPasswordRules(password, DEFAULT_SECURITY_POLICY, {
    username: FIRST_ADMIN_USERNAME,
    isReused: false,
  });
  if (unmet.length > 0) {
    throw new LauncherConfigError(
      `${INITIAL_PASSWORD_VARIABLE} is too weak: it ${unmet.map((rule) => rule.message).join('; ')}`,
    );
  }
}
