import express, { type Express } from 'express';
import request from 'supertest';
import { createLogger } from '../platform/logger';
import { auditStateChangingRequests, markAudited } from './audit-middleware';
import type { AuditEventInput } from './audit-trail';

/** A trail that keeps events in memory, or fails every write when told to. */
class FakeTrail {
  events: AuditEventInput[] = [];
  failure: Error | null = null;
  async record(event: AuditEventInput): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failure) throw this.failure;
    this.events.push(event);
  }
}

function appWith(trail: FakeTrail): Express {
  const app = express();
  const api = express.Router();
  api.use(
    auditStateChangingRequests(trail, {
      routes: [{ method: 'post', path: '/things/:id/rename' }],
      logger: createLogger({ level: 'silent' }),
    }),
  );
  api.use((req, res, next) => {
    res.locals['actor'] = { accountId: 7, username: '赵六', roles: [] };
    next();
  });
  api.post('/things/:id/rename', (_req, res) => {
    res.status(200).json({ renamed: true });
  });
  api.post('/recorded', (_req, res) => {
    markAudited(res);
    res.status(201).json({ ok: true });
  });
  api.delete('/gone', (_req, res) => {
    res.sendStatus(204);
  });
  api.get('/readable', (_req, res) => {
    res.json({ items: [] });
  });
  api.get('/forbidden', (_req, res) => {
    res.locals['denied'] = { reason: 'this needs the permission audit.read' };
    res.status(403).json({ error: { code: 'forbidden' } });
  });
  // Like express-session saving a changed session: it keeps the res.end it found, sends the
  // headers itself, and calls the kept res.end later.
  api.post('/session-changed', (_req, res, next) => {
    const keptEnd = res.end.bind(res);
    const keptWrite = res.write.bind(res);
    res.end = ((chunk: string) => {
      res.writeHead(res.statusCode);
      keptWrite(chunk);
      setTimeout(() => keptEnd(), 5);
      return res;
    }) as typeof res.end;
    next();
  });
  api.post('/session-changed', (_req, res) => {
    res.status(200).json({ saved: true });
  });
  api.get('/streamed', (_req, res) => {
    res.write('a');
    res.write('b');
    res.end('c');
  });
  app.use('/api', api);
  return app;
}

describe('auditStateChangingRequests', () => {
  let trail: FakeTrail;
  let app: Express;
  beforeEach(() => {
    trail = new FakeTrail();
    app = appWith(trail);
  });

  it('when an unmarked write succeeds, then it is recorded with its pattern, object and actor', async () => {
    const response = await request(app)
      .post('/api/things/42/rename')
      .set('User-Agent', 'spec-agent')
      .set('X-Request-Id', 'req-42')
      .send({})
      .expect(200);
    expect(response.body).toEqual({ renamed: true });
    expect(trail.events).toEqual([
      jasmine.objectContaining({
        action: 'http.POST /api/things/:id/rename',
        objectType: 'things',
        objectId: '42',
        result: 'success',
        actor: { accountId: 7, username: '赵六' },
        userAgent: 'spec-agent',
        after: { status: 200 },
      }),
    ]);
  });

  it('when writing the record fails, then the client gets a 500 instead of the answer', async () => {
    trail.failure = new Error('audit store down');
    const response = await request(app).post('/api/things/42/rename').send({}).expect(500);
    expect(response.body).toEqual({
      error: { code: 'internal', message: 'internal error; see the server log' },
    });
    expect(response.headers['content-type']).toMatch(/application\/json/);
    const deleted = await request(app).delete('/api/gone').expect(500);
    expect(deleted.body.error.code).toBe('internal');
  });

  it('when a service recorded the request itself, then nothing more is recorded', async () => {
    trail.failure = new Error('would fail');
    await request(app).post('/api/recorded').send({}).expect(201);
  });

  it('when a read succeeds, then nothing is recorded and the answer is unchanged', async () => {
    await request(app).get('/api/readable').expect(200, { items: [] });
    expect(trail.events).toEqual([]);
  });

  it('when a read is denied, then the denial is recorded with its reason', async () => {
    await request(app).get('/api/forbidden').expect(403);
    expect(trail.events).toEqual([
      jasmine.objectContaining({
        action: 'http.GET /api/forbidden',
        result: 'denied',
        after: { status: 403, reason: 'this needs the permission audit.read' },
      }),
    ]);
  });

  it('when a write has no route, then it is recorded as a failure under its literal path', async () => {
    await request(app).post('/api/nowhere/1').send({}).expect(404);
    expect(trail.events[0]).toEqual(
      jasmine.objectContaining({ action: 'http.POST /api/nowhere/1', result: 'failure' }),
    );
  });

  it('when a response is written in pieces, then every piece arrives in order', async () => {
    const response = await request(app).get('/api/streamed').expect(200);
    expect(response.text).toBe('abc');
  });

  it('when another layer sent the headers first, then the request is recorded once and answered', async () => {
    await request(app).post('/api/session-changed').send({}).expect(200, { saved: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(trail.events.map((event) => event.action)).toEqual(['http.POST /api/session-changed']);
  });

  it('when another layer sent the headers first and recording fails, then the answer stands', async () => {
    trail.failure = new Error('audit store down');
    await request(app).post('/api/session-changed').send({}).expect(200, { saved: true });
  });

  it('when a DELETE answers 204, then it is recorded as a success', async () => {
    await request(app).delete('/api/gone').expect(204);
    expect(trail.events[0]).toEqual(
      jasmine.objectContaining({ action: 'http.DELETE /api/gone', result: 'success' }),
    );
  });
});
