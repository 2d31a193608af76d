import { Role } from '@extranet/database';
import {
  createTestAccount,
  signIn,
  signedInAgent,
  visitorAgent,
  type TestAgent,
} from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';

describe('account administration: provisioning, 三员分立, scope, sessions (real database)', () => {
  let t: TestConsole;
  let sysadmin: TestAgent;
  let security: TestAgent;
  let securityId: number;

  beforeAll(async () => {
    t = await testConsole();
    sysadmin = (await signedInAgent(t, { roles: [Role.SystemAdmin] })).agent;
    const securityAdmin = await signedInAgent(t, { roles: [Role.SecurityAdmin] });
    security = securityAdmin.agent;
    securityId = securityAdmin.account.id;
  }, 30_000);

  afterEach(() => t.clock.reset());

  async function newUser(roles: Role[] = [Role.Manager]) {
    const created = await sysadmin
      .post('/api/admin/accounts')
      .send({
        username: `user${Date.now()}${Math.floor(Math.random() * 1000)}`,
        displayName: '张三',
      })
      .expect(201);
    if (roles.length > 0) {
      await security
        .put(`/api/admin/accounts/${created.body.account.id}/roles`)
        .send({ roles })
        .expect(200);
    }
    return {
      id: created.body.account.id as number,
      username: created.body.account.username as string,
      password: created.body.oneTimePassword as string,
      totpSecret: null,
    };
  }

  it('when the system admin creates an account, then a one-time password is shown once and forced to change', async () => {
    const response = await sysadmin
      .post('/api/admin/accounts')
      .send({ username: 'Li.Si', displayName: '李四', scopeUnitCode: '4213' })
      .expect(201);
    expect(response.body.account).toEqual(
      jasmine.objectContaining({
        username: 'li.si',
        roles: [],
        mustChangePassword: true,
        totpEnabled: false,
        scope: { unitCode: '4213', unitName: '随州市', departmentCodes: [] },
      }),
    );
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|hash|secret/i);
    const user = {
      id: response.body.account.id,
      username: 'LI.SI',
      password: response.body.oneTimePassword,
      totpSecret: null,
    };
    const agent = await visitorAgent(t);
    expect((await signIn(t, agent, user)).body.status).toBe('password_change_required');

    const [event] = await t.select<{ after: string }>(
      `SELECT after_json AS after FROM audit_events WHERE action = 'accounts.create' AND object_id = :id`,
      { id: String(user.id) },
    );
    expect(event!.after).toContain('li.si');
    expect(event!.after).not.toMatch(/argon2|oneTimePassword/);

    const taken = await sysadmin
      .post('/api/admin/accounts')
      .send({ username: 'li.si', displayName: '另一个' })
      .expect(409);
    expect(taken.body.error.code).toBe('conflict');
    const bad = await sysadmin
      .post('/api/admin/accounts')
      .send({ username: '1x', displayName: '', isAdmin: true })
      .expect(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'displayName',
      'isAdmin',
      'username',
    ]);
  });

  it('when two admin duties are asked for, then 409, whoever asks', async () => {
    const user = await newUser([]);
    const refused = await security
      .put(`/api/admin/accounts/${user.id}/roles`)
      .send({ roles: [Role.SystemAdmin, Role.AuditAdmin] })
      .expect(409);
    expect(refused.body.error.message).toContain('at most one');
    await sysadmin
      .post('/api/admin/accounts')
      .send({
        username: `duo${Date.now()}`,
        displayName: 'x',
        roles: ['security_admin', 'audit_admin'],
      })
      .expect(409);
    await security
      .put(`/api/admin/accounts/${user.id}/roles`)
      .send({ roles: [Role.SystemAdmin, Role.NetworkOperator] })
      .expect(200);
  });

  it('when a security admin exists, then the system admin cannot grant roles; before that, only the first duties', async () => {
    const user = await newUser([]);
    const refused = await sysadmin
      .put(`/api/admin/accounts/${user.id}/roles`)
      .send({ roles: [Role.NetworkOperator] })
      .expect(403);
    expect(refused.body.error.code).toBe('forbidden');
    await sysadmin
      .put(`/api/admin/accounts/${user.id}/roles`)
      .send({ roles: [Role.SecurityAdmin] })
      .expect(403);

    const holders = await t.select<{ id: number }>(
      `SELECT DISTINCT a.id AS id FROM accounts a JOIN account_roles r ON r.account_id = a.id
       WHERE r.role IN ('security_admin', 'audit_admin') AND a.is_disabled = :no`,
      { no: false },
    );
    const ids = holders.map((row) => Number(row.id));
    await t.database.sequelize.query('UPDATE accounts SET is_disabled = :yes WHERE id IN (:ids)', {
      replacements: { yes: true, ids },
    });
    try {
      await sysadmin
        .put(`/api/admin/accounts/${user.id}/roles`)
        .send({ roles: [Role.NetworkOperator] })
        .expect(403);
      const appointed = await sysadmin
        .put(`/api/admin/accounts/${user.id}/roles`)
        .send({ roles: [Role.SecurityAdmin] })
        .expect(200);
      expect(appointed.body.roles).toEqual([Role.SecurityAdmin]);
    } finally {
      await t.database.sequelize.query('UPDATE accounts SET is_disabled = :no WHERE id IN (:ids)', {
        replacements: { no: false, ids },
      });
    }
  });

  it('when roles or scope change, then no one changes their own, and changed roles end sessions', async () => {
    const user = await newUser([Role.NetworkOperator]);
    await security.put(`/api/admin/accounts/${securityId}/roles`).send({ roles: [] }).expect(409);
    await security
      .put(`/api/admin/accounts/${securityId}/scope`)
      .send({ scopeUnitCode: '4213', scopeDepartmentCodes: [] })
      .expect(409);

    const agent = await visitorAgent(t);
    const first = await signIn(t, agent, user);
    expect(first.body.status).toBe('password_change_required');
    const newPassword = 'Scope-Test-2026';
    await agent
      .post('/api/auth/password')
      .send({ currentPassword: user.password, newPassword })
      .expect(204);
    expect((await agent.get('/api/units').expect(200)).body.code).toBe('42');

    const scoped = await security
      .put(`/api/admin/accounts/${user.id}/scope`)
      .send({ scopeUnitCode: '4213', scopeDepartmentCodes: [] })
      .expect(200);
    expect(scoped.body.scope.unitName).toBe('随州市');
    expect((await agent.get('/api/units').expect(200)).body.code).toBe('4213');
    const noUnit = await security
      .put(`/api/admin/accounts/${user.id}/scope`)
      .send({ scopeUnitCode: '429999', scopeDepartmentCodes: [] })
      .expect(400);
    expect(noUnit.body.error.fields[0].path).toBe('scopeUnitCode');
    const notAllocator = await security
      .put(`/api/admin/accounts/${user.id}/scope`)
      .send({ scopeUnitCode: '4213', scopeDepartmentCodes: ['42D001'] })
      .expect(400);
    expect(notAllocator.body.error.fields[0].path).toBe('scopeDepartmentCodes');

    await security
      .put(`/api/admin/accounts/${user.id}/roles`)
      .send({ roles: [Role.Manager] })
      .expect(200);
    await agent.get('/api/units').expect(401);
  });

  it('when an account is disabled, then its sessions end and it cannot sign in; the admin cannot disable itself', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager] });
    await sysadmin
      .patch(`/api/admin/accounts/${account.id}`)
      .send({ isDisabled: true })
      .expect(200);
    await agent.get('/api/overview').expect(401);
    const again = await visitorAgent(t);
    await again
      .post('/api/auth/sign-in')
      .send({ username: account.username, password: account.password })
      .expect(401);
    await sysadmin
      .patch(`/api/admin/accounts/${account.id}`)
      .send({ isDisabled: false })
      .expect(200);
    await signIn(t, again, account);
    const me = (await sysadmin.get('/api/auth/session').expect(200)).body.account;
    await sysadmin.patch(`/api/admin/accounts/${me.id}`).send({ isDisabled: true }).expect(409);
  });

  it('when a password is reset, then sessions end, the old password fails and the new one must be changed', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager] });
    const reset = await sysadmin
      .post(`/api/admin/accounts/${account.id}/reset-password`)
      .expect(200);
    await agent.get('/api/overview').expect(401);
    const fresh = await visitorAgent(t);
    await fresh
      .post('/api/auth/sign-in')
      .send({ username: account.username, password: account.password })
      .expect(401);
    const step = await signIn(t, fresh, { ...account, password: reset.body.oneTimePassword });
    expect(step.body.status).toBe('password_change_required');
  });

  it('when an account is locked, then the security admin can unlock it before the time is up', async () => {
    const account = await createTestAccount(t, { roles: [Role.Manager] });
    const agent = await visitorAgent(t);
    for (let i = 0; i < 5; i += 1) {
      await agent
        .post('/api/auth/sign-in')
        .send({ username: account.username, password: 'Wrong-Pass-1' })
        .expect(401);
    }
    const listed = await security.get(`/api/admin/accounts/${account.id}`).expect(200);
    expect(listed.body.isLocked).toBeTrue();
    await sysadmin.post(`/api/admin/accounts/${account.id}/unlock`).expect(403);
    const unlocked = await security.post(`/api/admin/accounts/${account.id}/unlock`).expect(200);
    expect(unlocked.body.isLocked).toBeFalse();
    await signIn(t, agent, account);
    for (const source of ['::ffff:127.0.0.1', '127.0.0.1', '::1']) await t.throttle.forget(source);
  }, 30_000);

  it('when an admin lists and ends someone’s session, then that session answers 401', async () => {
    const { agent, account } = await signedInAgent(t, { roles: [Role.Manager] });
    const listed = (await sysadmin.get(`/api/admin/sessions?accountId=${account.id}`).expect(200))
      .body.items;
    expect(listed.length).toBe(1);
    expect(listed[0].account.username).toBe(account.username);
    await security.delete(`/api/admin/sessions/${listed[0].id}`).expect(204);
    await agent.get('/api/overview').expect(401);
    await security.delete(`/api/admin/sessions/${listed[0].id}`).expect(404);
  });

  it('when the audit record cannot be written, then the action fails with 500 and nothing is written', async () => {
    const queryInterface = t.database.sequelize.getQueryInterface();
    await queryInterface.renameTable('audit_events', 'audit_events_gone');
    const username = `rollback${Date.now()}`;
    try {
      await sysadmin
        .post('/api/admin/accounts')
        .send({ username, displayName: '回滚' })
        .expect(500);
    } finally {
      await queryInterface.renameTable('audit_events_gone', 'audit_events');
    }
    expect(
      await t.count('SELECT COUNT(*) AS n FROM accounts WHERE username = :username', { username }),
    ).toBe(0);
  });
});
