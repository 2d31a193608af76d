import { openDatabase } from '@extranet/database';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { Role } from '@extranet/database';
import { signedInAgent, type TestAgent } from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import { toOpenApiPath } from './api-route';
import { createApp, type AppDependencies } from './app';
import { createLogger } from './logger';

describe('the console app: health, docs, errors, static files (real database)', () => {
  let t: TestConsole;
  let operator: TestAgent;

  beforeAll(async () => {
    t = await testConsole();
    operator = (await signedInAgent(t, { roles: [Role.NetworkOperator] })).agent;
  });

  /** Another app on the given database, with the shared console's keys and audit trail. */
  function appOn(deps: Partial<AppDependencies> & Pick<AppDependencies, 'sequelize' | 'logger'>) {
    return createApp({
      sealer: t.secretBox,
      auditTrail: t.auditTrail,
      sessionSecret: t.sessionSecret,
      ...deps,
    });
  }

  it('when the database answers, then health is ok with dialect and version', async () => {
    const response = await request(t.app).get('/api/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: 'ok',
      dialect: t.database.sequelize.getDialect(),
      version: jasmine.stringMatching(/^\d+\.\d+\.\d+/),
      uptimeSeconds: jasmine.any(Number),
    });
  });

  it('when the database is gone, then health answers 503', async () => {
    const gone = await openDatabase({ url: 'sqlite::memory:' });
    await gone.close();
    const { app } = appOn({ sequelize: gone.sequelize, logger: createLogger({ level: 'silent' }) });
    const response = await request(app).get('/api/health').expect(503);
    expect(response.body.database).toBe('unreachable');
  });

  it('when a query fails, then 500 with a generic body, and the error is logged with its stack', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { app } = appOn({
      sequelize: t.database.sequelize,
      logger: createLogger({ level: 'error', destination }),
    });
    const agent = (await signedInAgent({ ...t, app }, { roles: [Role.Manager] })).agent;
    const queryInterface = t.database.sequelize.getQueryInterface();
    await queryInterface.renameTable('collector_cycles', 'collector_cycles_hidden');
    try {
      const response = await agent.get('/api/collector/status').expect(500);
      expect(response.body).toEqual({
        error: { code: 'internal', message: 'internal error; see the server log' },
      });
    } finally {
      await queryInterface.renameTable('collector_cycles_hidden', 'collector_cycles');
    }
    const logged = lines.map(
      (line) => JSON.parse(line) as { msg: string; err?: { stack?: string } },
    );
    const failure = logged.find((entry) => entry.msg === 'request failed');
    expect(failure?.err?.stack).toBeDefined();
  });

  it('when openapi.json is read, then it is OpenAPI 3.1 and lists every mounted route', async () => {
    const document = (await request(t.app).get('/api/openapi.json').expect(200)).body;
    expect(document.openapi).toBe('3.1.0');
    for (const route of t.routes) {
      const operation = document.paths[`/api${toOpenApiPath(route.path)}`]?.[route.method];
      expect(operation).withContext(`${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(operation.responses)).toContain(String(route.response.status));
    }
    const contract = [
      'get /api/health',
      'get /api/auth/session',
      'post /api/auth/sign-in',
      'post /api/auth/sign-in/totp',
      'post /api/auth/totp/enroll',
      'post /api/auth/totp/secret',
      'delete /api/auth/totp',
      'post /api/auth/sign-out',
      'post /api/auth/password',
      'get /api/auth/password-policy',
      'get /api/auth/sessions',
      'delete /api/auth/sessions/{id}',
      'get /api/admin/accounts',
      'post /api/admin/accounts',
      'get /api/admin/accounts/{id}',
      'patch /api/admin/accounts/{id}',
      'post /api/admin/accounts/{id}/reset-password',
      'put /api/admin/accounts/{id}/roles',
      'put /api/admin/accounts/{id}/scope',
      'post /api/admin/accounts/{id}/unlock',
      'post /api/admin/accounts/{id}/reset-totp',
      'get /api/admin/sessions',
      'delete /api/admin/sessions/{id}',
      'get /api/admin/security-policy',
      'put /api/admin/security-policy',
      'get /api/admin/units',
      'get /api/audit/events',
      'get /api/audit/events.csv',
      'get /api/audit/verify',
      'get /api/overview',
      'get /api/units',
      'get /api/units/{code}',
      'get /api/uplinks',
      'get /api/uplinks/{id}',
      'get /api/uplinks/{id}/traffic',
      'get /api/nodes',
      'post /api/nodes',
      'get /api/nodes/{id}',
      'patch /api/nodes/{id}',
      'post /api/nodes/{id}/discover',
      'get /api/tier-policies',
      'patch /api/tier-policies/{id}',
      'get /api/collector/status',
      'get /api/uplinks/{id}/state-history',
      'get /api/uplinks/{id}/availability',
      'get /api/availability',
      'get /api/alerts',
      'get /api/alerts/counts',
      'get /api/alerts/{id}',
      'post /api/alerts/{id}/acknowledge',
      'post /api/alerts/{id}/unacknowledge',
      'get /api/alert-rules',
      'patch /api/alert-rules/{id}',
      'get /api/collectors',
    ];
    const listed = Object.entries(document.paths).flatMap(([p, item]) =>
      Object.keys(item as object).map((method) => `${method} ${p}`),
    );
    expect(listed.sort()).toEqual(contract.sort());
    const listParameters = document.paths['/api/uplinks'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(listParameters).toEqual(
      jasmine.arrayWithExactContents([
        'level',
        'city',
        'parent',
        'state',
        'q',
        'sort',
        'order',
        'page',
        'pageSize',
      ]),
    );
    expect(document.components.schemas.UplinkSummary).toBeDefined();
    expect(JSON.stringify(document.components.schemas.NodeDetail)).not.toContain('community');
    expect(JSON.stringify(document.components.schemas.AdminAccount)).not.toMatch(/hash|secret/i);
    expect(document.components.securitySchemes.sessionCookie.name).toBe('extranet.sid');
    const createNode = document.paths['/api/nodes'].post;
    expect(createNode.description).toBe('Access: permission nodes.write');
    expect(Object.keys(createNode.responses)).toEqual(jasmine.arrayContaining(['401', '403']));
    expect(document.paths['/api/health'].get.security).toEqual([]);
  });

  it('when /api/docs is opened, then Swagger UI is served under the CSP', async () => {
    const response = await request(t.app).get('/api/docs/').expect(200);
    expect(response.text).toContain('swagger-ui');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('when an unknown /api route is asked for, then 404 JSON, never the console page', async () => {
    const response = await request(t.app).get('/api/no/such/thing').expect(404);
    expect(response.body.error.code).toBe('not_found');
    await operator.delete('/api/uplinks/1').expect(404);
  });

  it('when the body is malformed or too large, then 400 and 413 in the error format', async () => {
    const malformed = await operator
      .post('/api/nodes')
      .set('Content-Type', 'application/json')
      .send('{"unitCode": ')
      .expect(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    const huge = await operator
      .post('/api/nodes')
      .send({ hostname: 'x'.repeat(110 * 1024) })
      .expect(413);
    expect(huge.body.error.message).toContain('100kb');
  });

  it('when a request id is sent, then it is echoed; otherwise one is made', async () => {
    const echoed = await request(t.app)
      .get('/api/health')
      .set('x-request-id', 'abc-123')
      .expect(200);
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const made = await request(t.app)
      .get('/api/health')
      .set('x-request-id', 'bad id <script>')
      .expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when the console is not built, then its pages explain how to build it', async () => {
    const response = await request(t.app).get('/uplinks/42').expect(503);
    expect(response.text).toContain('npm run build:web');
  });

  it('when the console is built, then files are served and client routes fall back to index.html', async () => {
    const webRoot = path.join(t.webRoot, '..', 'web-built');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(
      path.join(webRoot, 'index.html'),
      '<!doctype html><title>console</title><app-root></app-root>',
    );
    writeFileSync(path.join(webRoot, 'main-ABC123.js'), 'console.log(1);');
    const { app } = appOn({
      sequelize: t.database.sequelize,
      logger: createLogger({ level: 'silent' }),
      webRoot,
    });
    const page = await request(app).get('/units/4201/uplinks').expect(200);
    expect(page.text).toContain('<app-root>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = await request(app).get('/main-ABC123.js').expect(200);
    expect(script.headers['cache-control']).toContain('immutable');
    await request(app).get('/api/nothing').expect(404);
    await request(app).post('/units').expect(404);
  });
});
