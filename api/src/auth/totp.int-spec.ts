import { Role } from '@extranet/database';
import {
  LOOPBACK_SOURCES,
  createTestAccount,
  followXsrf,
  forgetSignInFailures,
  signIn,
  visitorAgent,
  type TestAgent,
} from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { totpCodeAt } from './totp';

describe('TOTP: enrolment at an admin’s first sign-in, replay refusal, optional for others', () => {
  let t: TestConsole;

  beforeAll(async () => {
    t = await testConsole();
  });

  afterEach(async () => {
    t.clock.reset();
    await forgetSignInFailures(t);
  });

  async function passwordStep(agent: TestAgent, username: string, password: string) {
    return followXsrf(
      agent,
      await agent.post('/api/auth/sign-in').send({ username, password }).expect(200),
    );
  }

  it('when an admin without TOTP signs in, then enrolment is required and a wrong code refused', async () => {
    const admin = await createTestAccount(t, { roles: [Role.SecurityAdmin], hasTotp: false });
    const agent = await visitorAgent(t);
    const step = await passwordStep(agent, admin.username, admin.password);
    expect(step.body.status).toBe('totp_enrollment_required');
    const { secret, otpauthUrl, qrSvg } = step.body.enrollment;
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrSvg).toContain('<svg');
    await agent.get('/api/admin/accounts').expect(401);

    const wrong = String((Number(totpCodeAt(secret, t.clock.now())) + 1) % 1_000_000).padStart(
      6,
      '0',
    );
    const refused = await agent.post('/api/auth/totp/enroll').send({ code: wrong }).expect(401);
    expect(refused.body.error.code).toBe('invalid_credentials');

    const enrolled = followXsrf(
      agent,
      await agent
        .post('/api/auth/totp/enroll')
        .send({ code: totpCodeAt(secret, t.clock.now()) })
        .expect(200),
    );
    expect(enrolled.body.status).toBe('signed_in');
    expect(enrolled.body.account.totpEnabled).toBeTrue();
    await agent.get('/api/admin/accounts').expect(200);
    const [row] = await t.select<{ sealed: string }>(
      'SELECT totp_secret_sealed AS sealed FROM accounts WHERE id = :id',
      { id: admin.id },
    );
    expect(row!.sealed).not.toContain(secret);
    expect(t.secretBox.open(row!.sealed)).toBe(secret);

    // Signing in again within the same 30 s step: the enrolment code is spent.
    const again = await visitorAgent(t);
    expect((await passwordStep(again, admin.username, admin.password)).body.status).toBe(
      'totp_required',
    );
    const replay = await again
      .post('/api/auth/sign-in/totp')
      .send({ code: totpCodeAt(secret, t.clock.now()) })
      .expect(401);
    expect(replay.body.error.code).toBe('invalid_credentials');
    t.clock.advance(30_000);
    const next = await again
      .post('/api/auth/sign-in/totp')
      .send({ code: totpCodeAt(secret, t.clock.now()) })
      .expect(200);
    expect(next.body.status).toBe('signed_in');
    const [failure] = await t.select<{ after: string }>(
      `SELECT after_json AS after FROM audit_events WHERE account_id = :id AND action = 'auth.totp_failed'
       ORDER BY id DESC LIMIT 1`,
      { id: admin.id },
    );
    expect(failure!.after).toContain('totp_replayed');
  });

  it('when a code is replayed from a second browser at once, then only one sign-in wins', async () => {
    const admin = await createTestAccount(t, { roles: [Role.AuditAdmin] });
    const first = await visitorAgent(t);
    const second = await visitorAgent(t);
    await passwordStep(first, admin.username, admin.password);
    await passwordStep(second, admin.username, admin.password);
    const code = totpCodeAt(admin.totpSecret!, t.clock.now());
    const answers = await Promise.all([
      first.post('/api/auth/sign-in/totp').send({ code }),
      second.post('/api/auth/sign-in/totp').send({ code }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('when an operator enrols from the profile, then the next sign-in asks for the code; it can be switched off', async () => {
    const operator = await createTestAccount(t, { roles: [Role.NetworkOperator] });
    const agent = await visitorAgent(t);
    expect((await signIn(t, agent, operator)).body.status).toBe('signed_in');
    const started = (await agent.post('/api/auth/totp/secret').send({}).expect(200)).body;
    const confirmed = await agent
      .post('/api/auth/totp/enroll')
      .send({ code: totpCodeAt(started.secret, t.clock.now()) })
      .expect(200);
    expect(confirmed.body.account.totpEnabled).toBeTrue();

    t.clock.advance(30_000);
    const later = await visitorAgent(t);
    const step = await passwordStep(later, operator.username, operator.password);
    expect(step.body.status).toBe('totp_required');
    followXsrf(
      later,
      await later
        .post('/api/auth/sign-in/totp')
        .send({ code: totpCodeAt(started.secret, t.clock.now()) })
        .expect(200),
    );
    await later.delete('/api/auth/totp').send({ password: 'Wrong-Pass-1' }).expect(401);
    await later.delete('/api/auth/totp').send({ password: operator.password }).expect(204);
    const me = (await later.get('/api/auth/session').expect(200)).body.account;
    expect(me.totpEnabled).toBeFalse();
  });

  it('when a second factor is on, then replacing it needs the password', async () => {
    const operator = await createTestAccount(t, { roles: [Role.NetworkOperator] });
    const agent = await visitorAgent(t);
    await signIn(t, agent, operator);
    const first = (await agent.post('/api/auth/totp/secret').send({}).expect(200)).body;
    await agent
      .post('/api/auth/totp/enroll')
      .send({ code: totpCodeAt(first.secret, t.clock.now()) })
      .expect(200);

    const unproven = await agent.post('/api/auth/totp/secret').send({}).expect(400);
    expect(unproven.body.error.fields).toEqual([jasmine.objectContaining({ path: 'password' })]);
    await agent.post('/api/auth/totp/secret').send({ password: 'Wrong-Pass-1' }).expect(401);
    const replaced = await agent
      .post('/api/auth/totp/secret')
      .send({ password: operator.password })
      .expect(200);
    expect(replaced.body.secret).not.toBe(first.secret);
  });

  it('when the address is throttled, then re-asked passwords are refused before they are checked', async () => {
    const operator = await createTestAccount(t, { roles: [Role.NetworkOperator] });
    const agent = await visitorAgent(t);
    await signIn(t, agent, operator);
    for (let i = 0; i < 100; i += 1) {
      for (const source of LOOPBACK_SOURCES) await t.throttle.registerFailure(source);
    }
    const refused = await agent
      .delete('/api/auth/totp')
      .send({ password: operator.password })
      .expect(429);
    expect(refused.body.error.code).toBe('too_many_attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when an admin tries to switch TOTP off, then it is refused', async () => {
    const admin = await createTestAccount(t, { roles: [Role.SystemAdmin] });
    const agent = await visitorAgent(t);
    await signIn(t, agent, admin);
    const refused = await agent
      .delete('/api/auth/totp')
      .send({ password: admin.password })
      .expect(403);
    expect(refused.body.error.code).toBe('forbidden');
  });
});
