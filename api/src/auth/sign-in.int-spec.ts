import { Role } from '@extranet/database';
import request, { type Response } from 'supertest';
import { createApp } from '../platform/app';
import { createLogger } from '../platform/logger';
import {
  createTestAccount,
  followXsrf,
  forgetSignInFailures,
  signIn,
  signedInAgent,
  visitorAgent,
} from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { SignInThrottle } from './sign-in-throttle';

function cookiesOf(response: Response): string {
  return ([] as string[]).concat(response.headers['set-cookie'] ?? []).join(';');
}

const SAME_ANSWER = { error: { code: 'invalid_credentials', message: '用户名或密码错误' } };

describe('sign-in, CSRF, lockout, throttling and sign-out (over HTTP, real database)', () => {
  let t: TestConsole;

  beforeAll(async () => {
    t = await testConsole();
  });

  afterEach(async () => {
    t.clock.reset();
    await forgetSignInFailures(t);
  });

  async function auditActions(accountId: number): Promise<string[]> {
    const rows = await t.select<{ action: string }>(
      'SELECT action FROM audit_events WHERE account_id = :accountId ORDER BY id',
      { accountId },
    );
    return rows.map((row) => row.action);
  }

  it('when the CSRF header is missing or wrong, then 403 csrf_failed, even for sign-in', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const credentials = { username: account.username, password: account.password };
    const bare = await request(t.app).post('/api/auth/sign-in').send(credentials).expect(403);
    expect(bare.body.error.code).toBe('csrf_failed');

    const agent = await visitorAgent(t);
    const wrong = await agent
      .post('/api/auth/sign-in')
      .set('X-XSRF-TOKEN', 'not-the-token')
      .send(credentials)
      .expect(403);
    expect(wrong.body.error.code).toBe('csrf_failed');
    const session = await agent.get('/api/auth/session').expect(200);
    expect(cookiesOf(session)).toMatch(/XSRF-TOKEN=[^;]+; Path=\/; SameSite=Strict/);
    await signIn(t, agent, account);
    await agent.get('/api/overview').expect(200);
  });

  it('when the session cookie is set, then it is HttpOnly and SameSite=Strict, with no expiry', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    const response = await signIn(t, agent, account);
    const cookie = ([] as string[])
      .concat(response.headers['set-cookie'])
      .find((line) => line.startsWith('extranet.sid='))!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toMatch(/Expires|Max-Age/i);
    expect(response.body.status).toBe('signed_in');
    expect(response.body.account).toEqual(
      jasmine.objectContaining({ id: account.id, username: account.username, roles: ['manager'] }),
    );
  });

  it('when a token from before the sign-in is replayed, then it no longer works (token rotated)', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = request.agent(t.app);
    const visit = await agent.get('/api/auth/session').expect(200);
    const before = /XSRF-TOKEN=([^;]+)/.exec(cookiesOf(visit))![1]!;
    agent.set('X-XSRF-TOKEN', decodeURIComponent(before));
    followXsrf(
      agent,
      await agent
        .post('/api/auth/sign-in')
        .send({ username: account.username, password: account.password })
        .expect(200),
    );
    await agent.post('/api/auth/sign-out').set('X-XSRF-TOKEN', before).expect(403);
  });

  it('when credentials are wrong, unknown, disabled or locked, then the answer is the same 401', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const disabled = await createTestAccount(t, { roles: [Role.Manager], isDisabled: true });
    const agent = await visitorAgent(t);
    const attempts = [
      { username: account.username, password: 'Wrong-Pass-1' },
      { username: 'nobody-here', password: 'Wrong-Pass-1' },
      { username: disabled.username, password: disabled.password },
    ];
    for (const credentials of attempts) {
      const response = await agent.post('/api/auth/sign-in').send(credentials).expect(401);
      expect(response.body).toEqual(SAME_ANSWER);
    }
    const failures = await t.select<{ username: string; accountId: unknown; after: string }>(
      `SELECT username, account_id AS accountId, after_json AS after FROM audit_events
       WHERE action = 'auth.sign_in_failed' AND username = :username`,
      { username: 'nobody-here' },
    );
    expect(failures.length).toBe(1);
    expect(failures[0]!.accountId).toBeNull();
    expect(failures[0]!.after).toContain('unknown_user');
  });

  it('when the username is unknown, then the answer takes about as long as a wrong password', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    const timed = async (username: string) => {
      const started = performance.now();
      await agent
        .post('/api/auth/sign-in')
        .send({ username, password: 'Wrong-Pass-1' })
        .expect(401);
      return performance.now() - started;
    };
    await timed(account.username);
    const wrongPassword = Math.min(await timed(account.username), await timed(account.username));
    const unknownUser = Math.min(await timed('ghost-user'), await timed('ghost-user'));
    // Both pay one argon2 verification: without the decoy hash, unknown would be ~100x faster.
    expect(unknownUser).toBeGreaterThan(wrongPassword * 0.5);
  });

  it('when five sign-ins fail, then the account is locked for 15 minutes, then opens again', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    const wrong = { username: account.username, password: 'Wrong-Pass-1' };
    for (let i = 0; i < 5; i += 1) await agent.post('/api/auth/sign-in').send(wrong).expect(401);
    const [row] = await t.select<{ lockedUntil: unknown }>(
      'SELECT locked_until AS lockedUntil FROM accounts WHERE id = :id',
      { id: account.id },
    );
    expect(row!.lockedUntil).not.toBeNull();

    const right = { username: account.username, password: account.password };
    const locked = await agent.post('/api/auth/sign-in').send(right).expect(401);
    expect(locked.body).toEqual(SAME_ANSWER);
    t.clock.advance(14 * 60_000);
    await agent.post('/api/auth/sign-in').send(right).expect(401);
    t.clock.advance(61_000);
    const opened = await agent.post('/api/auth/sign-in').send(right).expect(200);
    expect(opened.body.status).toBe('signed_in');
    const actions = await auditActions(account.id);
    expect(actions.filter((action) => action === 'auth.sign_in_failed').length).toBe(7);
    expect(actions[actions.length - 1]).toBe('auth.sign_in');
  }, 30_000);

  it('when four sign-ins fail and one succeeds, then the count starts again', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    const wrong = { username: account.username, password: 'Wrong-Pass-1' };
    for (let i = 0; i < 4; i += 1) await agent.post('/api/auth/sign-in').send(wrong).expect(401);
    await signIn(t, agent, account);
    const [row] = await t.select<{ failed: unknown }>(
      'SELECT failed_sign_ins AS failed FROM accounts WHERE id = :id',
      { id: account.id },
    );
    expect(Number(row!.failed)).toBe(0);
  }, 30_000);

  it('when one address fails too often, then it gets 429 with Retry-After, whatever it sends', async () => {
    const { app, close } = createApp({
      sequelize: t.database.sequelize,
      sealer: t.secretBox,
      logger: createLogger({ level: 'silent' }),
      auditTrail: t.auditTrail,
      sessionSecret: t.sessionSecret,
      signInThrottle: new SignInThrottle({ failures: 3, windowSeconds: 60 }),
    });
    try {
      const account = await createTestAccount(t, { roles: [Role.Manager] });
      const agent = await visitorAgent({ ...t, app });
      for (const username of ['a-one', 'a-two', 'a-three']) {
        await agent.post('/api/auth/sign-in').send({ username, password: 'Wrong-1x' }).expect(401);
      }
      const refused = await agent
        .post('/api/auth/sign-in')
        .send({ username: account.username, password: account.password })
        .expect(429);
      expect(refused.body.error.code).toBe('too_many_attempts');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      close();
    }
  });

  it('when input is malformed, unknown or too large, then 400 names the fields and 413 the size', async () => {
    const agent = await visitorAgent(t);
    const unknown = await agent
      .post('/api/auth/sign-in')
      .send({ username: 'x', password: 'y', remember: true })
      .expect(400);
    expect(unknown.body.error.fields).toEqual([{ path: 'remember', message: 'unknown field' }]);
    const missing = await agent.post('/api/auth/sign-in').send({}).expect(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'password',
      'username',
    ]);
    await agent
      .post('/api/auth/sign-in')
      .send({ username: 'x', password: 'y'.repeat(110 * 1024) })
      .expect(413);
  });

  it('when signing out, then the session ends in the database and the cookie is useless', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager] });
    const sessions = () =>
      t.count('SELECT COUNT(*) AS n FROM sessions WHERE account_id = :id', { id: account.id });
    expect(await sessions()).toBe(1);
    followXsrf(agent, await agent.post('/api/auth/sign-out').send({}).expect(204));
    expect(await sessions()).toBe(0);
    const after = await agent.get('/api/overview').expect(401);
    expect(after.body.error.code).toBe('unauthenticated');
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({
      authenticated: false,
    });
    expect(await auditActions(account.id)).toEqual(['auth.sign_in', 'auth.sign_out']);
  });

  it('when listing and ending one’s own sessions, then another of one’s sessions can be ended', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const laptop = await visitorAgent(t);
    const phone = await visitorAgent(t);
    await signIn(t, laptop, account);
    await signIn(t, phone, account);
    const listed = (await laptop.get('/api/auth/sessions').expect(200)).body.items;
    expect(listed.length).toBe(2);
    expect(listed.filter((session: { isCurrent: boolean }) => session.isCurrent).length).toBe(1);
    expect(JSON.stringify(listed)).not.toMatch(/sid/);
    const other = listed.find((session: { isCurrent: boolean }) => !session.isCurrent);
    await laptop.delete(`/api/auth/sessions/${other.id}`).expect(204);
    await phone.get('/api/overview').expect(401);
    await laptop.get('/api/overview').expect(200);
    const stranger = await signedInAgent(t, { roles: [Role.Manager] });
    const mine = (await laptop.get('/api/auth/sessions').expect(200)).body.items[0];
    await stranger.agent.delete(`/api/auth/sessions/${mine.id}`).expect(404);
  });
});
