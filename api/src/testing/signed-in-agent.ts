import { Role, requiresTotp } from '@extranet/database';
import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import request from 'supertest';
import { AccountsRepository } from '../auth/accounts.repository';
import { PasswordHasher } from '../auth/password-hashing';
import { newTotpSecret, totpCodeAt } from '../auth/totp';
import type { TestConsole } from './test-console';

export type TestAgent = ReturnType<typeof request.agent>;

export interface TestAccountSpec {
  roles: readonly Role[];
  /** Root of the scope; null / absent = the whole province. */
  scopeUnitCode?: string | null;
  scopeDepartmentCodes?: readonly string[];
  /** An initial or reset password (the account must change it first). Default false. */
  mustChangePassword?: boolean;
  /** TOTP enrolled; default: when the roles need it (admin duties). */
  hasTotp?: boolean;
  isDisabled?: boolean;
}

export interface TestAccount {
  id: number;
  username: string;
  password: string;
  /** Base32 secret of the enrolled TOTP, or null. */
  totpSecret: string | null;
}

/** A valid password, different each time. */
export function testPassword(): string {
  return `It-${randomBytes(6).toString('hex')}-9`;
}

let created = 0;
const hasher = new PasswordHasher();

/** An account written straight into the database (no admin, no audit): a test fixture. */
export async function createTestAccount(
  t: TestConsole,
  spec: TestAccountSpec,
): Promise<TestAccount> {
  created += 1;
  const username = `it${created}x${randomBytes(3).toString('hex')}`;
  const password = testPassword();
  const passwordHash = await hasher.hash(password);
  const totpSecret = (spec.hasTotp ?? requiresTotp([...spec.roles])) ? newTotpSecret() : null;
  const accounts = new AccountsRepository(t.database.sequelize);
  const now = t.clock.now();
  const id = await t.database.sequelize.transaction(async (transaction) => {
    const newId = await accounts.create(
      {
        username,
        displayName: `测试 ${username}`,
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: spec.mustChangePassword ?? false,
        isDisabled: spec.isDisabled ?? false,
        scopeUnitCode: spec.scopeUnitCode ?? null,
        totpSecretSealed: totpSecret ? t.secretBox.seal(totpSecret) : null,
      },
      spec.roles,
      spec.scopeDepartmentCodes ?? [],
      transaction,
    );
    await accounts.addPasswordHistory(newId, passwordHash, now, 24, transaction);
    return newId;
  });
  return { id, username, password, totpSecret };
}

/** The XSRF-TOKEN a response set, if it set one. */
export function xsrfTokenFrom(response: Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find(
    (line) => line.startsWith('XSRF-TOKEN=') && !/XSRF-TOKEN=;/.test(line),
  );
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length).split(';')[0]!) : undefined;
}

/** Sends the latest XSRF token with every later request of the agent, as Angular does. */
export function followXsrf(agent: TestAgent, response: Response): Response {
  const token = xsrfTokenFrom(response);
  if (token) agent.set('X-XSRF-TOKEN', token);
  return response;
}

/** A cookie-keeping agent that has visited GET /api/auth/session (so it holds a CSRF token). */
export async function visitorAgent(t: TestConsole): Promise<TestAgent> {
  const agent = request.agent(t.app);
  followXsrf(agent, await agent.get('/api/auth/session').expect(200));
  return agent;
}

/** Signs an agent in with password and, when enrolled, the current TOTP code. */
export async function signIn(
  t: TestConsole,
  agent: TestAgent,
  account: TestAccount,
): Promise<Response> {
  const first = followXsrf(
    agent,
    await agent
      .post('/api/auth/sign-in')
      .send({ username: account.username, password: account.password })
      .expect(200),
  );
  if (first.body.status !== 'totp_required') return first;
  return followXsrf(
    agent,
    await agent
      .post('/api/auth/sign-in/totp')
      .send({ code: totpCodeAt(account.totpSecret!, t.clock.now()) })
      .expect(200),
  );
}

/**
 * A new account with the given roles and scope, and an agent signed in as it that sends the
 * X-XSRF-TOKEN header like the console does.
 */
export async function signedInAgent(
  t: TestConsole,
  spec: TestAccountSpec,
): Promise<{ agent: TestAgent; account: TestAccount }> {
  const account = await createTestAccount(t, spec);
  const agent = await visitorAgent(t);
  await signIn(t, agent, account);
  return { agent, account };
}

/** Source addresses supertest connects from, as Express reports them. */
export const LOOPBACK_SOURCES = ['::ffff:127.0.0.1', '127.0.0.1', '::1'];

export async function forgetSignInFailures(t: TestConsole): Promise<void> {
  for (const source of LOOPBACK_SOURCES) await t.throttle.forget(source);
}
