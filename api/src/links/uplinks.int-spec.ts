import { Role, UPLINK_STATES } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { UplinkDetailSchema, UplinkPageSchema, type UplinkSummary } from './uplinks.schemas';

describe('GET /api/uplinks (over HTTP, real database)', () => {
  let t: TestConsole;
  /** A province-wide account allowed to do what these specs do. */
  let agent: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    agent = (await signedInAgent(t, { roles: [Role.Manager] })).agent;
    // Give the seeded uplinks varied states and rates so sorting and filtering mean something.
    const states = UPLINK_STATES.map((state, index) => `WHEN ${index} THEN '${state}'`).join(' ');
    await t.database.sequelize.query(
      `UPDATE uplinks SET state = CASE (id % ${UPLINK_STATES.length}) ${states} END,
         utilisation = CASE WHEN id % 3 = 0 THEN NULL ELSE ((id * 37) % 101) / 100.0 END,
         in_bps = CASE WHEN id % 3 = 0 THEN NULL ELSE id * 1000 END`,
    );
  });

  async function list(query: string): Promise<{ items: UplinkSummary[]; total: number }> {
    const response = await agent.get(`/api/uplinks${query}`).expect(200);
    return UplinkPageSchema.parse(response.body);
  }

  it('when unfiltered, then total is every uplink and pages partition the list by code', async () => {
    const total = await t.count('SELECT COUNT(*) AS n FROM uplinks');
    const first = await list('?pageSize=100');
    const second = await list('?pageSize=100&page=2');
    expect(first.total).toBe(total);
    expect(first.items.length).toBe(100);
    const codes = [...first.items, ...second.items].map((item) => item.child.code);
    const expected = await t.select<{ code: string }>(
      'SELECT c.code AS code FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code ORDER BY c.code LIMIT 200',
    );
    expect(codes).toEqual(expected.map((row) => row.code));
  });

  it('when sorted by utilisation desc, then the page matches SQL and unknowns come last', async () => {
    const page = await list('?pageSize=50&sort=utilisation&order=desc');
    const expected = await t.select<{ id: number }>(
      `SELECT u.id AS id FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE u.utilisation IS NOT NULL ORDER BY u.utilisation DESC, c.code ASC LIMIT 50`,
    );
    expect(page.items.map((item) => item.id)).toEqual(expected.map((row) => Number(row.id)));
    const ascending = await list(`?pageSize=500&sort=utilisation&order=asc&page=${1}`);
    const values = ascending.items.map((item) => item.utilisation);
    const firstNull = values.indexOf(null);
    const known = (firstNull === -1 ? values : values.slice(0, firstNull)) as number[];
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => a - b));
  });

  it('when the last page of an ascending sort is read, then the unknown rates are there', async () => {
    const total = await t.count('SELECT COUNT(*) AS n FROM uplinks');
    const lastPage = Math.ceil(total / 100);
    const page = await list(`?pageSize=100&sort=inBps&order=asc&page=${lastPage}`);
    expect(page.items.length).toBe(total - (lastPage - 1) * 100);
    expect(page.items.every((item) => item.inBps === null)).toBeTrue();
  });

  it('when filtered by level and state lists, then total equals the SQL count', async () => {
    const page = await list('?level=county,township&state=down,congested&pageSize=500');
    const expected = await t.count(
      `SELECT COUNT(*) AS n FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE c.level IN ('county', 'township') AND u.state IN ('down', 'congested')`,
    );
    expect(page.total).toBe(expected);
    expect(page.items.length).toBe(Math.min(expected, 500));
    for (const item of page.items) {
      expect(['county', 'township']).toContain(item.child.level);
      expect(['down', 'congested']).toContain(item.state);
    }
  });

  it('when filtered by city, then only that subtree is listed, the city itself included', async () => {
    const page = await list('?city=4205&pageSize=500&sort=level');
    const expected = await t.count(
      `SELECT COUNT(*) AS n FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE c.city_code = '4205'`,
    );
    expect(page.total).toBe(expected);
    expect(page.items[0]!.child.code).toBe('4205');
    expect(page.items.every((item) => item.city?.code === '4205')).toBeTrue();
  });

  it('when filtered by parent, then the direct uplinks of that unit are listed', async () => {
    const page = await list('?parent=4201&pageSize=500');
    const expected = await t.count(
      "SELECT COUNT(*) AS n FROM uplinks WHERE parent_unit_code = '4201'",
    );
    expect(page.total).toBe(expected);
    expect(page.items.every((item) => item.parent.code === '4201')).toBeTrue();
  });

  it('when searched by name or code, then matches are by name contains or code prefix', async () => {
    const byName = await list(`?q=${encodeURIComponent('武汉')}&pageSize=500`);
    const expectedByName = await t.count(
      `SELECT COUNT(*) AS n FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE c.name LIKE '%武汉%' OR c.code LIKE '武汉%'`,
    );
    expect(byName.total).toBe(expectedByName);
    expect(byName.total).toBeGreaterThan(0);
    const byCode = await list('?q=420102&pageSize=500');
    expect(byCode.total).toBeGreaterThan(1);
    expect(byCode.items.every((item) => item.child.code.startsWith('420102'))).toBeTrue();
    const literal = await list(`?q=${encodeURIComponent('%')}`);
    expect(literal.total).toBe(0);
  });

  it('when sorted by state, then the order follows the declared states on every database', async () => {
    const page = await list('?sort=state&order=asc&pageSize=500');
    const ranks = page.items.map((item) => UPLINK_STATES.indexOf(item.state));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('when an input is invalid, then 400 names each bad field', async () => {
    const response = await agent
      .get('/api/uplinks?pageSize=501&page=0&sort=rank&order=up&level=county,moon&pagesize=5')
      .expect(400);
    expect(response.body.error.code).toBe('validation_failed');
    const paths = response.body.error.fields.map((field: { path: string }) => field.path).sort();
    expect(paths).toEqual(['level', 'order', 'page', 'pageSize', 'pagesize', 'sort']);
  });

  it('when the city filter names no city, then 400 names city', async () => {
    const response = await agent.get('/api/uplinks?city=420102').expect(400);
    expect(response.body.error.fields).toEqual([{ path: 'city', message: jasmine.any(String) }]);
  });

  it('when one uplink is read, then it has its node and both member circuits', async () => {
    const [row] = await t.select<{ id: number }>(
      "SELECT u.id AS id FROM uplinks u WHERE u.child_unit_code = '420102'",
    );
    const response = await agent.get(`/api/uplinks/${row!.id}`).expect(200);
    const detail = UplinkDetailSchema.parse(response.body);
    expect(detail.child.code).toBe('420102');
    expect(detail.members.map((member) => member.memberIndex)).toEqual([1, 2]);
    expect(
      detail.members.every((member) => member.interface.ifIndex === member.memberIndex),
    ).toBeTrue();
    expect(detail.node?.mgmtAddress).toMatch(/^127\./);
    expect(JSON.stringify(response.body)).not.toMatch(/community/i);
  });

  it('when the id is unknown or malformed, then 404 and 400', async () => {
    const missing = await agent.get('/api/uplinks/99999999').expect(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await agent.get('/api/uplinks/abc').expect(400);
    expect(malformed.body.error.fields[0].path).toBe('id');
  });
});
