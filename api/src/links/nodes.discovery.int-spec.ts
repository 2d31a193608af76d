import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { NodeDetailSchema, NodePageSchema } from './nodes.schemas';

/** Interface discovery as the API shows and starts it (the collector does the walking). */
describe('/api/nodes discovery, text encoding and interfaces (over HTTP, real database)', () => {
  let t: TestConsole;
  let operator: TestAgent;
  let nodeId: number;

  beforeAll(async () => {
    t = await testConsole();
    operator = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
    const [node] = await t.select<{ id: number }>("SELECT id FROM nodes WHERE unit_code = '4213'");
    nodeId = Number(node!.id);
  });

  afterAll(async () => {
    await t.database.sequelize.query(
      `UPDATE nodes SET discovery_requested_at = NULL, discovery_request_reason = NULL,
              text_encoding = NULL WHERE id = :nodeId`,
      { replacements: { nodeId } },
    );
  });

  it('when "discover now" is asked, then the node shows pending and the ask is audited', async () => {
    const response = await operator.post(`/api/nodes/${nodeId}/discover`).send({}).expect(200);
    const node = NodeDetailSchema.parse(response.body);
    expect(node.discovery.status).toBe('pending');
    expect(node.discovery.reason).toBe('on_demand');
    const [audit] = await t.select<{ action: string; result: string }>(
      `SELECT action, result FROM audit_events WHERE action = 'nodes.discover' AND object_id = :id
        ORDER BY id DESC LIMIT 1`,
      { id: String(nodeId) },
    );
    expect(audit).toEqual({ action: 'nodes.discover', result: 'success' });

    // A second ask while one waits keeps the first request's place in the queue.
    const [before] = await t.select<{ at: unknown }>(
      'SELECT discovery_requested_at AS at FROM nodes WHERE id = :nodeId',
      { nodeId },
    );
    await operator.post(`/api/nodes/${nodeId}/discover`).expect(200);
    const [after] = await t.select<{ at: unknown }>(
      'SELECT discovery_requested_at AS at FROM nodes WHERE id = :nodeId',
      { nodeId },
    );
    expect(String(after!.at)).toBe(String(before!.at));
  });

  it('when the node is outside the scope, unknown, or the role may not write, then it is refused', async () => {
    const [wuhan] = await t.select<{ id: number }>("SELECT id FROM nodes WHERE unit_code = '4201'");
    const suizhou = (
      await signedInAgent(t, { roles: [Role.NetworkOperator], scopeUnitCode: '4213' })
    ).agent;
    await suizhou.post(`/api/nodes/${wuhan!.id}/discover`).expect(403);
    await operator.post('/api/nodes/99999999/discover').expect(404);
    const manager = (await signedInAgent(t, { roles: [Role.Manager] })).agent;
    await manager.post(`/api/nodes/${nodeId}/discover`).expect(403);
    await operator.post(`/api/nodes/${nodeId}/discover`).send({ now: true }).expect(400);
  });

  it('when the text encoding is set, then it is stored and a walk asked; auto clears it; others are refused', async () => {
    await t.database.sequelize.query(
      'UPDATE nodes SET discovery_requested_at = NULL WHERE id = :nodeId',
      { replacements: { nodeId } },
    );
    const set = await operator.patch(`/api/nodes/${nodeId}`).send({ textEncoding: 'gb18030' });
    expect(set.status).toBe(200);
    expect(set.body.textEncoding).toBe('gb18030');
    // Names stored under the old encoding are decoded again by a fresh walk.
    expect(set.body.discovery.status).toBe('pending');
    const cleared = await operator.patch(`/api/nodes/${nodeId}`).send({ textEncoding: 'auto' });
    expect(cleared.body.textEncoding).toBe('auto');
    const [stored] = await t.select<{ encoding: string | null }>(
      'SELECT text_encoding AS encoding FROM nodes WHERE id = :nodeId',
      { nodeId },
    );
    expect(stored!.encoding).toBeNull();
    const bad = await operator.patch(`/api/nodes/${nodeId}`).send({ textEncoding: 'ebcdic' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['textEncoding']);
  });

  it('when a port is absent and a member was skipped, then the interfaces say so', async () => {
    const sequelize = t.database.sequelize;
    const [member] = await t.select<{ interfaceId: number }>(
      `SELECT i.id AS interfaceId FROM interfaces i JOIN uplink_members m ON m.interface_id = i.id
        WHERE i.node_id = :nodeId AND i.if_index = 1`,
      { nodeId },
    );
    const interfaceId = Number(member!.interfaceId);
    await sequelize.query(
      `INSERT INTO interface_counter_states (interface_id, in_octets, out_octets, sys_uptime_ticks,
         read_at, last_skip_reason, last_skip_at)
       VALUES (:interfaceId, 1, 2, 3, '2026-11-23 07:00:00.000', 'interface_renumbered',
         '2026-11-23 07:00:00.000')`,
      { replacements: { interfaceId } },
    );
    await sequelize.query(
      `UPDATE interfaces SET is_present = :absent, if_index = -id, phys_address = '00:e0:fc:00:00:01'
        WHERE id = :interfaceId`,
      { replacements: { interfaceId, absent: false } },
    );
    try {
      const detail = NodeDetailSchema.parse(
        (await operator.get(`/api/nodes/${nodeId}`).expect(200)).body,
      );
      const port = detail.interfaces.find((iface) => iface.id === interfaceId)!;
      expect(port).toEqual(
        jasmine.objectContaining({
          ifIndex: null,
          isPresent: false,
          physAddress: '00:e0:fc:00:00:01',
          member: jasmine.objectContaining({ memberIndex: 1 }),
          lastSkip: { reason: 'interface_renumbered', at: '2026-11-23T07:00:00.000Z' },
        }),
      );
      expect(detail.interfaces[detail.interfaces.length - 1]!.id).toBe(interfaceId);
    } finally {
      await sequelize.query(
        'UPDATE interfaces SET is_present = :present, if_index = 1 WHERE id = :interfaceId',
        {
          replacements: { interfaceId, present: true },
        },
      );
      await sequelize.query(
        'DELETE FROM interface_counter_states WHERE interface_id = :interfaceId',
        {
          replacements: { interfaceId },
        },
      );
    }
  });

  it('when listed, then nodes filter by discovery status and reachability and sort', async () => {
    await operator.post(`/api/nodes/${nodeId}/discover`).expect(200);
    const pending = NodePageSchema.parse(
      (await operator.get('/api/nodes?discovery=pending&pageSize=500').expect(200)).body,
    );
    expect(pending.items.map((node) => node.id)).toContain(nodeId);
    expect(pending.items.every((node) => node.discovery.status === 'pending')).toBeTrue();

    const unknown = NodePageSchema.parse(
      (
        await operator
          .get('/api/nodes?reachability=unknown&sort=hostname&order=desc&pageSize=5')
          .expect(200)
      ).body,
    );
    const hostnames = unknown.items.map((node) => node.hostname);
    expect(hostnames).toEqual([...hostnames].sort().reverse());
    await operator.get('/api/nodes?discovery=sleeping').expect(400);
    await operator.get('/api/nodes?sort=community').expect(400);
  });
});
