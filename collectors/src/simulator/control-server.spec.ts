import { startControlServer, type ControlServer } from './control-server';
import type { ScenarioKind, ScenarioRequest } from './scenarios';
import type { NodeScenarios, ScenarioController } from './simulated-network';

/** An in-memory controller that knows one node, to test the HTTP surface alone. */
class OneNodeController implements ScenarioController {
  scenarios: (ScenarioRequest & { sinceMs: number })[] = [];
  private readonly node = { hostname: 'HB-421303001-R01', unitCode: '421303001' };

  private view(): NodeScenarios {
    return { ...this.node, scenarios: [...this.scenarios] };
  }
  private knows(key: string): boolean {
    return key === this.node.hostname || key === this.node.unitCode;
  }
  async listScenarios() {
    return this.scenarios.length > 0 ? [this.view()] : [];
  }
  async applyScenario(key: string, request: ScenarioRequest) {
    if (!this.knows(key)) return null;
    this.scenarios.push({ ...request, sinceMs: 1 });
    return this.view();
  }
  async clearScenarios(key: string, kind?: ScenarioKind) {
    if (!this.knows(key)) return null;
    this.scenarios = this.scenarios.filter(
      (scenario) => kind !== undefined && scenario.kind !== kind,
    );
    return this.view();
  }
  async clearAllScenarios() {
    const count = this.scenarios.length > 0 ? 1 : 0;
    this.scenarios = [];
    return count;
  }
}

describe('simulator control server', () => {
  let controller: OneNodeController;
  let server: ControlServer;

  beforeEach(async () => {
    controller = new OneNodeController();
    server = await startControlServer(controller, { port: 0, agentCount: () => 1 });
  });
  afterEach(() => server.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  it('when a scenario is put on a node by unit code, then it is listed', async () => {
    const put = await call('PUT', '/scenarios/421303001', { kind: 'member-down', memberIndex: 2 });
    expect(put.status).toBe(200);
    const list = await call('GET', '/scenarios');
    expect(list.body.scenarios[0].scenarios[0]).toEqual(
      jasmine.objectContaining({ kind: 'member-down', memberIndex: 2 }),
    );
  });

  it('when the kind is unknown, then 400 with the API error shape', async () => {
    const put = await call('PUT', '/scenarios/421303001', { kind: 'meltdown' });
    expect(put.status).toBe(400);
    expect(put.body.error.code).toBe('validation_failed');
  });

  it('when the body is not JSON, then 400', async () => {
    const response = await fetch(`${server.url}/scenarios/421303001`, { method: 'PUT', body: '{' });
    expect(response.status).toBe(400);
  });

  it('when the node is unknown, then 404', async () => {
    expect((await call('PUT', '/scenarios/nowhere', { kind: 'silent' })).status).toBe(404);
    expect((await call('DELETE', '/scenarios/nowhere')).status).toBe(404);
  });

  it('when a node is cleared by hostname, then its scenarios end', async () => {
    await call('PUT', '/scenarios/421303001', { kind: 'silent' });
    const cleared = await call('DELETE', '/scenarios/HB-421303001-R01');
    expect(cleared.body.scenarios).toEqual([]);
    expect((await call('DELETE', '/scenarios')).body).toEqual({ cleared: 0 });
  });

  it('when health is asked, then it reports the agents', async () => {
    expect((await call('GET', '/health')).body).toEqual({ status: 'ok', agents: 1 });
  });
});
