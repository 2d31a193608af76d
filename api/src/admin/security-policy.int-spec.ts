import { Role } from '@extranet/database';
import { followXsrf, signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';

describe('the security admin’s policy profile and scope picker (real database)', () => {
  let t: TestConsole;
  let security: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    security = (await signedInAgent(t, { roles: [Role.SecurityAdmin] })).agent;
  });

  afterEach(() => t.clock.reset());

  it('when the security policy is edited, then bounds hold and a shorter idle limit applies at once', async () => {
    const policy = (await security.get('/api/admin/security-policy').expect(200)).body;
    const { updatedAt: _updatedAt, updatedBy: _updatedBy, ...defaults } = policy;
    const weak = await security
      .put('/api/admin/security-policy')
      .send({ ...defaults, passwordMinLength: 4, sessionIdleMinutes: 240, lockoutThreshold: 0 })
      .expect(400);
    expect(weak.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'lockoutThreshold',
      'passwordMinLength',
      'sessionIdleMinutes',
    ]);
    try {
      const stricter = await security
        .put('/api/admin/security-policy')
        .send({ ...defaults, sessionIdleMinutes: 10 })
        .expect(200);
      expect(stricter.body.sessionIdleMinutes).toBe(10);
      const { agent } = await signedInAgent(t, { roles: [Role.Manager] });
      t.clock.advance(11 * 60_000);
      const expired = await agent.get('/api/overview').expect(401);
      expect(expired.body.error.code).toBe('session_expired');
    } finally {
      t.clock.reset();
      followXsrf(
        security,
        await security.put('/api/admin/security-policy').send(defaults).expect(200),
      );
    }
  });

  it('when picking a scope, then units and departments are found without network data', async () => {
    const found = (
      await security.get(`/api/admin/units?q=${encodeURIComponent('随州')}`).expect(200)
    ).body.items;
    expect(found.map((unit: { code: string }) => unit.code)).toContain('4213');
    const departments = (await security.get('/api/admin/units?level=department').expect(200)).body
      .items;
    expect(departments.length).toBeGreaterThan(0);
    expect(JSON.stringify(departments)).not.toMatch(/state|uplink/);
  });
});
