import { Role } from '@extranet/database';
import {
  createTestAccount,
  forgetSignInFailures,
  signIn,
  testPassword,
  visitorAgent,
} from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';

const DAY = 86_400_000;

describe('forced and voluntary password changes, policy and history (real database)', () => {
  let t: TestConsole;

  beforeAll(async () => {
    t = await testConsole();
  });

  afterEach(async () => {
    t.clock.reset();
    await forgetSignInFailures(t);
  });

  it('when an initial password is used, then only the change is open until it is changed', async () => {
    const account = await createTestAccount(t, {
      roles: [Role.Manager],
      mustChangePassword: true,
    });
    const agent = await visitorAgent(t);
    const step = await signIn(t, agent, account);
    expect(step.body.status).toBe('password_change_required');
    expect(step.body.account.mustChangePassword).toBeTrue();
    const blocked = await agent.get('/api/overview').expect(403);
    expect(blocked.body.error.code).toBe('password_change_required');
    const policy = (await agent.get('/api/auth/password-policy').expect(200)).body;
    expect(policy).toEqual(
      jasmine.objectContaining({ passwordMinLength: 8, passwordMinClasses: 3, passwordHistory: 5 }),
    );

    const weak = await agent
      .post('/api/auth/password')
      .send({ currentPassword: account.password, newPassword: 'short' })
      .expect(400);
    expect(weak.body.error.fields).toEqual([
      jasmine.objectContaining({ path: 'newPassword', rule: 'min_length' }),
      jasmine.objectContaining({ path: 'newPassword', rule: 'min_classes' }),
    ]);
    const same = await agent
      .post('/api/auth/password')
      .send({ currentPassword: account.password, newPassword: account.password })
      .expect(400);
    expect(same.body.error.fields.map((field: { rule: string }) => field.rule)).toEqual(['reused']);

    const newPassword = testPassword();
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: account.password, newPassword })
      .expect(204);
    await agent.get('/api/overview').expect(200);
    const me = (await agent.get('/api/auth/session').expect(200)).body.account;
    expect(me.mustChangePassword).toBeFalse();
  });

  it('when the current password is wrong, then 401 and the failure counts against the account', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    await signIn(t, agent, account);
    const wrong = await agent
      .post('/api/auth/password')
      .send({ currentPassword: 'Wrong-Pass-1', newPassword: testPassword() })
      .expect(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const [row] = await t.select<{ failed: unknown }>(
      'SELECT failed_sign_ins AS failed FROM accounts WHERE id = :id',
      { id: account.id },
    );
    expect(Number(row!.failed)).toBe(1);
  });

  it('when the password is changed, then the account’s other sessions end and this one stays', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const here = await visitorAgent(t);
    const elsewhere = await visitorAgent(t);
    await signIn(t, here, account);
    await signIn(t, elsewhere, account);
    await here
      .post('/api/auth/password')
      .send({ currentPassword: account.password, newPassword: testPassword() })
      .expect(204);
    await here.get('/api/overview').expect(200);
    await elsewhere.get('/api/overview').expect(401);
    const [event] = await t.select<{ after: string }>(
      `SELECT after_json AS after FROM audit_events WHERE account_id = :id AND action = 'auth.password_change'`,
      { id: account.id },
    );
    expect(event!.after).not.toContain('argon2');
  });

  it('when a password of the last five comes back, then it is refused as reused', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    await signIn(t, agent, account);
    let current = account.password;
    const used = [current];
    for (let i = 0; i < 4; i += 1) {
      const next = testPassword();
      await agent
        .post('/api/auth/password')
        .send({ currentPassword: current, newPassword: next })
        .expect(204);
      used.push(next);
      current = next;
    }
    const reuse = await agent
      .post('/api/auth/password')
      .send({ currentPassword: current, newPassword: used[0] })
      .expect(400);
    expect(reuse.body.error.fields[0].rule).toBe('reused');
    const fresh = testPassword();
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: current, newPassword: fresh })
      .expect(204);
    // Now the first password is six changes back: allowed again.
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: fresh, newPassword: used[0] })
      .expect(204);
  }, 30_000);

  it('when the password is older than 90 days, then the sign-in forces a change', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    t.clock.advance(91 * DAY);
    const agent = await visitorAgent(t);
    const step = await signIn(t, agent, account);
    expect(step.body.status).toBe('password_change_required');
    await agent.get('/api/uplinks').expect(403);
  });
});
