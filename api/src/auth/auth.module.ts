import type { RequestHandler } from 'express';
import type { Sequelize } from 'sequelize';
import type { ApiRoute } from '../platform/api-route';
import type { AuditedWrites, AuditContextFactory } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import { accountSelfRoutes } from './account-self.routes';
import { AccountsRepository } from './accounts.repository';
import { csrfProtection } from './csrf';
import { MeService } from './me.service';
import { PasswordChangeService } from './password-change.service';
import { PasswordConfirmation } from './password-confirmation';
import { PasswordHasher } from './password-hashing';
import { SecurityPolicyRepository } from './security-policy.repository';
import { sessionAuthentication } from './session-authentication';
import { createSessionStore, sessionMiddleware } from './session-store';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { signInRoutes } from './sign-in.routes';
import { SignInService, type SecretSealer } from './sign-in.service';
import type { SignInThrottle } from './sign-in-throttle';
import { TotpSettingsService } from './totp-settings.service';

export interface AuthModuleDependencies {
  sequelize: Sequelize;
  sealer: SecretSealer;
  audited: AuditedWrites;
  auditContext: AuditContextFactory;
  clock: Clock;
  throttle: SignInThrottle;
  sessionSecret: string;
  isCookieSecure: boolean;
}

/** The pieces of the auth domain the app and the admin domain use. */
export interface AuthModule {
  /** For /api, in this order: load the session, check CSRF, authenticate. */
  middleware: RequestHandler[];
  routes: ApiRoute[];
  accounts: AccountsRepository;
  sessions: SessionsService;
  sessionRows: SessionsRepository;
  policies: SecurityPolicyRepository;
  hasher: PasswordHasher;
  /** Stops the periodic sweep of ended sessions (tests, shutdown). */
  close(): void;
}

/** Wires the auth domain: repositories → services → routes and middleware. */
export function createAuthModule(deps: AuthModuleDependencies): AuthModule {
  const { sequelize, sealer, audited, clock, throttle } = deps;
  const accounts = new AccountsRepository(sequelize);
  const sessionRows = new SessionsRepository(sequelize);
  const policies = new SecurityPolicyRepository(sequelize);
  const hasher = new PasswordHasher();
  const confirmation = new PasswordConfirmation({
    accounts,
    sessions: sessionRows,
    policies,
    hasher,
    throttle,
    audited,
    clock,
  });
  const sessions = new SessionsService(sessionRows, audited);
  const me = new MeService(sequelize, accounts, policies, clock);
  const signIn = new SignInService({
    accounts,
    policies,
    hasher,
    throttle,
    sealer,
    audited,
    clock,
  });
  const totpSettings = new TotpSettingsService({ accounts, confirmation, sealer, audited, clock });
  const passwordChange = new PasswordChangeService({
    accounts,
    sessions: sessionRows,
    policies,
    hasher,
    confirmation,
    audited,
    clock,
  });
  const http = { clock, isCookieSecure: deps.isCookieSecure, auditContext: deps.auditContext };
  const store = createSessionStore(sequelize);

  return {
    middleware: [
      sessionMiddleware(store, { secret: deps.sessionSecret, isCookieSecure: deps.isCookieSecure }),
      csrfProtection(),
      sessionAuthentication({ accounts, sessions: sessionRows, policies, clock }),
    ],
    routes: [
      ...signInRoutes({ signIn, totpSettings, me }, http),
      ...accountSelfRoutes({ passwordChange, totpSettings, sessions, policies }, http),
    ],
    accounts,
    sessions,
    sessionRows,
    policies,
    hasher,
    close: () => store.stopExpiringSessions(),
  };
}
