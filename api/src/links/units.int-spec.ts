import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { UnitDetailSchema, type UnitDetail } from './units.schemas';

describe('GET /api/units (drill-down over HTTP, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.ResourceAllocator] })).agent;
  });

  async function unit(path: string): Promise<UnitDetail> {
    const response = await agent.get(path).expect(200);
    return UnitDetailSchema.parse(response.body);
  }

  /** Uplinks whose child is the unit or below it, by walking parent links in SQL. */
  function subtreeCount(code: string): Promise<number> {
    return t.count(
      `SELECT COUNT(*) AS n FROM uplinks u
       JOIN admin_units a0 ON a0.code = u.child_unit_code
       LEFT JOIN admin_units a1 ON a1.code = a0.parent_code
       LEFT JOIN admin_units a2 ON a2.code = a1.parent_code
       LEFT JOIN admin_units a3 ON a3.code = a2.parent_code
       WHERE :code IN (a0.code, a1.code, a2.code, a3.code)`,
      { code },
    );
  }

  it('when the root is read, then it is the province with cities first and departments after', async () => {
    const province = await unit('/api/units');
    expect(province.code).toBe('42');
    expect(province.level).toBe('province');
    expect(province.uplink).toBeNull();
    expect(province.path).toEqual([{ code: '42', name: province.name, level: 'province' }]);
    const levels = province.children.map((child) => child.level);
    expect(levels.lastIndexOf('city')).toBeLessThan(levels.indexOf('department'));
    expect(levels.filter((level) => level === 'city').length).toBe(
      await t.count("SELECT COUNT(*) AS n FROM admin_units WHERE level = 'city'"),
    );
    expect(await unit('/api/units/42')).toEqual({ ...province });
  });

  it('when the province is read, then each child subtree total matches a tree walk in SQL', async () => {
    const province = await unit('/api/units');
    for (const child of province.children.slice(0, 20)) {
      expect(child.subtree.total)
        .withContext(child.code)
        .toBe(await subtreeCount(child.code));
      const states = Object.values(child.subtree.byState).reduce((sum, n) => sum + n, 0);
      expect(states).toBe(child.subtree.total);
      expect(child.uplink?.child.code).toBe(child.code);
    }
  });

  it('when drilling province → city → county, then paths, uplinks and subtrees are consistent', async () => {
    const city = await unit('/api/units/4201');
    expect(city.path.map((step) => step.code)).toEqual(['42', '4201']);
    expect(city.uplink?.tier.name).toBe('双10G');
    const county = city.children.find((child) => child.code === '420102')!;
    expect(county.level).toBe('county');
    expect(county.subtree.total).toBe(await subtreeCount('420102'));
    expect(county.subtree.total).toBe(
      1 + (await t.count("SELECT COUNT(*) AS n FROM admin_units WHERE parent_code = '420102'")),
    );

    const countyDetail = await unit('/api/units/420102');
    expect(countyDetail.path.map((step) => step.code)).toEqual(['42', '4201', '420102']);
    expect(countyDetail.uplink?.tier.name).toBe('双2G');
    expect(countyDetail.children.length).toBeGreaterThan(0);
    for (const township of countyDetail.children) {
      expect(township.level).toBe('township');
      expect(township.subtree.total).toBe(1);
      expect(township.uplink?.tier.name).toBe('双200M');
      expect(township.subtree.byState[township.uplink!.state]).toBe(1);
    }
  });

  it('when the code is unknown or malformed, then 404 and 400', async () => {
    const missing = await agent.get('/api/units/429999').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await agent.get('/api/units/4201%20or%201').expect(400);
    expect(malformed.body.error.fields[0].path).toBe('code');
  });
});
