import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { NodeDetailSchema, NodePageSchema } from './nodes.schemas';

/** A village added for these specs: seeded units all have a node already. */
const NEW_UNIT = '420102001901';
const COMMUNITY = 'hb-ext-Secret-901';

describe('/api/nodes (over HTTP, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    const [township] = await t.select<{ code: string; cityCode: string }>(
      "SELECT code, city_code AS cityCode FROM admin_units WHERE parent_code = '420102' ORDER BY code LIMIT 1",
    );
    const now = new Date();
    await t.database.sequelize.getQueryInterface().bulkInsert('admin_units', [
      {
        code: NEW_UNIT,
        name: '测试村',
        level: 'village',
        parent_code: township!.code,
        city_code: township!.cityCode,
        created_at: now,
        updated_at: now,
      },
    ]);
  });

  afterAll(async () => {
    await t.database.sequelize.query('DELETE FROM nodes WHERE unit_code = :code', {
      replacements: { code: NEW_UNIT },
    });
    await t.database.sequelize.query('DELETE FROM admin_units WHERE code = :code', {
      replacements: { code: NEW_UNIT },
    });
  });

  const valid = {
    unitCode: NEW_UNIT,
    hostname: 'CS-VILLAGE-901',
    vendor: 'H3C',
    mgmtAddress: '10.42.1.9',
    community: COMMUNITY,
  };

  it('when the address is not an IP literal, then 400 names mgmtAddress and nothing is stored', async () => {
    for (const mgmtAddress of ['10.42.1.300', 'router.local', '10.42.1', '']) {
      const response = await agent
        .post('/api/nodes')
        .send({ ...valid, mgmtAddress })
        .expect(400);
      expect(response.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        'mgmtAddress',
      ]);
    }
    expect(
      await t.count('SELECT COUNT(*) AS n FROM nodes WHERE unit_code = :code', { code: NEW_UNIT }),
    ).toBe(0);
  });

  it('when the unit does not exist, then 400 names unitCode; when it has a node, then 409', async () => {
    const missing = await agent
      .post('/api/nodes')
      .send({ ...valid, unitCode: '429999' })
      .expect(400);
    expect(missing.body.error.fields).toEqual([{ path: 'unitCode', message: jasmine.any(String) }]);
    const taken = await agent
      .post('/api/nodes')
      .send({ ...valid, unitCode: '4201' })
      .expect(409);
    expect(taken.body.error.code).toBe('conflict');
  });

  it('when fields are missing, unknown or mistyped, then 400 lists every one', async () => {
    const response = await agent
      .post('/api/nodes')
      .send({ unitCode: NEW_UNIT, snmpPort: 70000, role: 'core' })
      .expect(400);
    const paths = response.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['community', 'hostname', 'mgmtAddress', 'role', 'snmpPort']);
  });

  it('when created, then 201 with the node, the community sealed and never returned', async () => {
    const response = await agent
      .post('/api/nodes')
      .send({ ...valid, mgmtAddress: '2408:8766:0:1::9' })
      .expect(201);
    const node = NodeDetailSchema.parse(response.body);
    expect(node.unit.code).toBe(NEW_UNIT);
    expect(node.mgmtAddress).toBe('2408:8766:0:1::9');
    expect(node.snmpPort).toBe(161);
    expect(node.interfaces).toEqual([]);
    expect(JSON.stringify(response.body)).not.toContain(COMMUNITY);
    expect(Object.keys(response.body)).not.toContain('community');

    const [stored] = await t.select<{ sealed: string }>(
      'SELECT snmp_community_sealed AS sealed FROM nodes WHERE id = :id',
      { id: node.id },
    );
    expect(stored!.sealed).not.toContain(COMMUNITY);
    expect(t.secretBox.open(stored!.sealed)).toBe(COMMUNITY);

    const again = await agent.post('/api/nodes').send(valid).expect(409);
    expect(again.body.error.message).toContain(NEW_UNIT);
  });

  it('when patched, then changes apply, the new community is sealed, and bad input is refused', async () => {
    const [row] = await t.select<{ id: number }>('SELECT id FROM nodes WHERE unit_code = :code', {
      code: NEW_UNIT,
    });
    const id = Number(row!.id);
    const patched = await agent
      .patch(`/api/nodes/${id}`)
      .send({ mgmtAddress: '10.42.1.10', community: 'rotated-902', isPolled: false })
      .expect(200);
    expect(patched.body.mgmtAddress).toBe('10.42.1.10');
    expect(patched.body.isPolled).toBeFalse();
    expect(JSON.stringify(patched.body)).not.toContain('rotated-902');
    const [stored] = await t.select<{ sealed: string }>(
      'SELECT snmp_community_sealed AS sealed FROM nodes WHERE id = :id',
      { id },
    );
    expect(t.secretBox.open(stored!.sealed)).toBe('rotated-902');

    const bad = await agent
      .patch(`/api/nodes/${id}`)
      .send({ mgmtAddress: 'x', unitCode: '4201' })
      .expect(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'mgmtAddress',
      'unitCode',
    ]);
    await agent.patch(`/api/nodes/${id}`).send({}).expect(400);
    await agent.patch('/api/nodes/99999999').send({ hostname: 'x' }).expect(404);
  });

  it('when listed and read, then nodes come without any community, with interfaces on detail', async () => {
    const page = NodePageSchema.parse(
      (await agent.get('/api/nodes?q=420102&pageSize=500').expect(200)).body,
    );
    expect(page.total).toBe(
      await t.count("SELECT COUNT(*) AS n FROM nodes WHERE unit_code LIKE '420102%'"),
    );
    const first = page.items[0]!;
    const detail = NodeDetailSchema.parse(
      (await agent.get(`/api/nodes/${first.id}`).expect(200)).body,
    );
    expect(detail.interfaces.map((i) => i.ifIndex)).toContain(1);
    for (const body of [page, detail]) expect(JSON.stringify(body)).not.toMatch(/community/i);
    await agent.get('/api/nodes/99999999').expect(404);
    await agent.get('/api/nodes?limit=5').expect(400);
  });
});
