import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { UplinkPageSchema } from './uplinks.schemas';

/** Villages added for these specs (seeded units all have a node already). */
const SUIZHOU_VILLAGE = '421303001901';
const WUHAN_VILLAGE = '420102001902';

const newNode = (unitCode: string, hostname: string) => ({
  unitCode,
  hostname,
  mgmtAddress: '10.42.13.9',
  community: 'scope-Spec-901',
});

describe('region scope: a 随州市 operator and the rest of the province (real database)', () => {
  let t: TestConsole;
  let suizhou: TestAgent;
  let province: TestAgent;
  let wuhanUplinkId: number;
  let suizhouUplinkId: number;

  beforeAll(async () => {
    t = await testConsole();
    suizhou = (await signedInAgent(t, { roles: [Role.NetworkOperator], scopeUnitCode: '4213' }))
      .agent;
    province = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    const now = new Date();
    for (const [code, county] of [
      [SUIZHOU_VILLAGE, '421303'],
      [WUHAN_VILLAGE, '420102'],
    ] as const) {
      const [township] = await t.select<{ code: string; cityCode: string }>(
        'SELECT code, city_code AS cityCode FROM admin_units WHERE parent_code = :county ORDER BY code LIMIT 1',
        { county },
      );
      await t.database.sequelize.getQueryInterface().bulkInsert('admin_units', [
        {
          code,
          name: '范围测试村',
          level: 'village',
          parent_code: township!.code,
          city_code: township!.cityCode,
          created_at: now,
          updated_at: now,
        },
      ]);
    }
    const idOf = async (code: string) =>
      Number(
        (
          await t.select<{ id: number }>('SELECT id FROM uplinks WHERE child_unit_code = :code', {
            code,
          })
        )[0]!.id,
      );
    wuhanUplinkId = await idOf('420102');
    suizhouUplinkId = await idOf('421303');
  }, 60_000);

  afterAll(async () => {
    await t.database.sequelize.query('DELETE FROM nodes WHERE unit_code IN (:codes)', {
      replacements: { codes: [SUIZHOU_VILLAGE, WUHAN_VILLAGE] },
    });
    await t.database.sequelize.query('DELETE FROM admin_units WHERE code IN (:codes)', {
      replacements: { codes: [SUIZHOU_VILLAGE, WUHAN_VILLAGE] },
    });
  });

  it('when listing uplinks, then only 随州市 and below are counted and returned', async () => {
    const page = UplinkPageSchema.parse(
      (await suizhou.get('/api/uplinks?pageSize=500').expect(200)).body,
    );
    expect(page.total).toBe(
      await t.count("SELECT COUNT(*) AS n FROM uplinks WHERE child_unit_code LIKE '4213%'"),
    );
    expect(page.total).toBeGreaterThan(1);
    expect(page.items.every((item) => item.child.code.startsWith('4213'))).toBeTrue();
    const filtered = await suizhou.get('/api/uplinks?city=4201').expect(200);
    expect(filtered.body.total).toBe(0);
    const departments = await suizhou.get('/api/uplinks?level=department').expect(200);
    expect(departments.body.total).toBe(0);
    const provinceDepartments = await province.get('/api/uplinks?level=department').expect(200);
    expect(provinceDepartments.body.total).toBeGreaterThan(0);
  });

  it('when reading another city’s uplink or its traffic by id, then 404; its own, 200', async () => {
    const other = await suizhou.get(`/api/uplinks/${wuhanUplinkId}`).expect(404);
    expect(other.body.error.code).toBe('not_found');
    await suizhou.get(`/api/uplinks/${wuhanUplinkId}/traffic`).expect(404);
    await suizhou.get(`/api/uplinks/${suizhouUplinkId}`).expect(200);
    await suizhou.get(`/api/uplinks/${suizhouUplinkId}/traffic?range=1h`).expect(200);
    await province.get(`/api/uplinks/${wuhanUplinkId}`).expect(200);
  });

  it('when drilling down, then the root is 随州市 and units above or beside it are refused', async () => {
    const root = await suizhou.get('/api/units').expect(200);
    expect(root.body.code).toBe('4213');
    expect(
      root.body.children.every((child: { code: string }) => child.code.startsWith('4213')),
    ).toBeTrue();
    for (const code of ['42', '4201', '420102']) {
      const refused = await suizhou.get(`/api/units/${code}`).expect(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    await suizhou.get('/api/units/421303').expect(200);
    expect((await province.get('/api/units').expect(200)).body.code).toBe('42');
  });

  it('when reading the overview, then counts cover 随州市 only', async () => {
    const overview = (await suizhou.get('/api/overview').expect(200)).body;
    expect(overview.cities.map((city: { code: string }) => city.code)).toEqual(['4213']);
    const total = overview.levels.reduce(
      (sum: number, level: { total: number }) => sum + level.total,
      0,
    );
    expect(total).toBe(
      await t.count("SELECT COUNT(*) AS n FROM uplinks WHERE child_unit_code LIKE '4213%'"),
    );
  });

  it('when listing or reading nodes, then only 随州市 nodes are visible', async () => {
    const page = (await suizhou.get('/api/nodes?pageSize=500').expect(200)).body;
    expect(page.total).toBe(
      await t.count("SELECT COUNT(*) AS n FROM nodes WHERE unit_code LIKE '4213%'"),
    );
    const [wuhanNode] = await t.select<{ id: number }>(
      "SELECT id FROM nodes WHERE unit_code = '420102'",
    );
    await suizhou.get(`/api/nodes/${wuhanNode!.id}`).expect(404);
  });

  it('when changing another city’s node, then 403 and nothing changes', async () => {
    const [before] = await t.select<{ id: number; hostname: string }>(
      "SELECT id, hostname FROM nodes WHERE unit_code = '420102'",
    );
    const refused = await suizhou
      .patch(`/api/nodes/${before!.id}`)
      .send({ hostname: 'HIJACKED-1' })
      .expect(403);
    expect(refused.body.error.code).toBe('forbidden');
    const [after] = await t.select<{ hostname: string }>(
      'SELECT hostname FROM nodes WHERE id = :id',
      {
        id: before!.id,
      },
    );
    expect(after!.hostname).toBe(before!.hostname);
  });

  it('when creating a node in another city, then 403 and none is stored; in its own, 201', async () => {
    await suizhou.post('/api/nodes').send(newNode(WUHAN_VILLAGE, 'SCOPE-WH-1')).expect(403);
    expect(
      await t.count('SELECT COUNT(*) AS n FROM nodes WHERE unit_code = :code', {
        code: WUHAN_VILLAGE,
      }),
    ).toBe(0);
    await suizhou.post('/api/nodes').send(newNode('429999', 'SCOPE-NONE-1')).expect(403);
    const created = await suizhou
      .post('/api/nodes')
      .send(newNode(SUIZHOU_VILLAGE, 'SCOPE-SZ-1'))
      .expect(201);
    expect(created.body.unit.code).toBe(SUIZHOU_VILLAGE);
  });

  it('when an allocator is given a department, then its uplink is visible and others are not', async () => {
    const { agent } = await signedInAgent(t, {
      roles: [Role.ResourceAllocator],
      scopeUnitCode: '4213',
      scopeDepartmentCodes: ['42D003'],
    });
    const departments = (await agent.get('/api/uplinks?level=department').expect(200)).body;
    expect(departments.items.map((item: { child: { code: string } }) => item.child.code)).toEqual([
      '42D003',
    ]);
    await agent.get('/api/units/42D003').expect(200);
    await agent.get('/api/units/42D004').expect(403);
  });
});
