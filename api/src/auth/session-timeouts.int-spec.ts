import { Role } from '@extranet/database';
import { signedInAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';

const MINUTE = 60_000;

describe('session idle and absolute timeouts, enforced on the server (real database)', () => {
  let t: TestConsole;

  beforeAll(async () => {
    t = await testConsole();
  });

  afterEach(() => t.clock.reset());

  it('when idle for 30 minutes, then the next request is 401 session_expired and the row is gone', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager] });
    t.clock.advance(29 * MINUTE);
    await agent.get('/api/overview').expect(200);
    t.clock.advance(29 * MINUTE);
    await agent.get('/api/overview').expect(200);
    t.clock.advance(30 * MINUTE + 1000);
    const expired = await agent.get('/api/overview').expect(401);
    expect(expired.body.error.code).toBe('session_expired');
    expect(
      await t.count('SELECT COUNT(*) AS n FROM sessions WHERE account_id = :id', {
        id: account.id,
      }),
    ).toBe(0);
    await agent.get('/api/overview').expect(401);
    expect((await agent.get('/api/auth/session').expect(200)).body.authenticated).toBeFalse();
  });

  it('when only background refreshes come for 30 minutes, then the session still times out', async () => {
    const { agent } = await signedInAgent(t, { roles: [Role.Manager] });
    for (let elapsed = 0; elapsed < 29; elapsed += 1) {
      t.clock.advance(MINUTE);
      await agent.get('/api/overview').set('X-Extranet-Background', '1').expect(200);
    }
    t.clock.advance(MINUTE + 1000);
    const expired = await agent.get('/api/overview').set('X-Extranet-Background', '1').expect(401);
    expect(expired.body.error.code).toBe('session_expired');
  });

  it('when the user acts between background refreshes, then the session lives on', async () => {
    const { agent } = await signedInAgent(t, { roles: [Role.Manager] });
    t.clock.advance(20 * MINUTE);
    await agent.get('/api/overview').expect(200);
    t.clock.advance(20 * MINUTE);
    await agent.get('/api/overview').set('X-Extranet-Background', '1').expect(200);
  });

  it('when active all the time, then the session still ends 12 hours after it began', async () => {
    const { agent } = await signedInAgent(t, { roles: [Role.Manager] });
    for (let elapsed = 0; elapsed + 25 < 12 * 60; elapsed += 25) {
      t.clock.advance(25 * MINUTE);
      await agent.get('/api/collector/status').expect(200);
    }
    const session = (await agent.get('/api/auth/session').expect(200)).body;
    expect(session.authenticated).toBeTrue();
    t.clock.advance(25 * MINUTE);
    const expired = await agent.get('/api/collector/status').expect(401);
    expect(expired.body.error.code).toBe('session_expired');
  }, 60_000);

  it('when the session is read, then it reports the deadline the server enforces', async () => {
    const { agent } = await signedInAgent(t, { roles: [Role.Manager] });
    t.clock.advance(MINUTE);
    const before = t.clock.now().getTime();
    const me = (await agent.get('/api/auth/session').expect(200)).body.account;
    const deadline = Date.parse(me.sessionExpiresAt);
    expect(deadline).toBeGreaterThanOrEqual(before + 30 * MINUTE - 1000);
    expect(deadline).toBeLessThanOrEqual(t.clock.now().getTime() + 30 * MINUTE);
  });

  it('when a sign-in waits for its TOTP code for more than 5 minutes, then it starts over', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager], hasTotp: true });
    await agent.post('/api/auth/sign-out').send({}).expect(204);
    const visit = await agent.get('/api/auth/session').expect(200);
    agent.set('X-XSRF-TOKEN', /XSRF-TOKEN=([^;]+)/.exec(String(visit.headers['set-cookie']))![1]!);
    const step = await agent
      .post('/api/auth/sign-in')
      .send({ username: account.username, password: account.password })
      .expect(200);
    expect(step.body).toEqual({ status: 'totp_required' });
    agent.set('X-XSRF-TOKEN', /XSRF-TOKEN=([^;]+)/.exec(String(step.headers['set-cookie']))![1]!);
    t.clock.advance(5 * MINUTE + 1000);
    const late = await agent.post('/api/auth/sign-in/totp').send({ code: '123456' }).expect(401);
    expect(late.body.error.code).toBe('session_expired');
  });
});
