import { ROLES, Role } from '@extranet/database';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import {
  signedInAgent,
  visitorAgent,
  type TestAgent,
  type TestAccountSpec,
} from '../testing/signed-in-agent';
import { testConsole, type TestConsole } from '../testing/test-console';
import type { ApiRoute } from './api-route';

/**
 * Who may call what, written out independently of the routes' own rules: the route table and
 * this table must agree. A route added without a line here fails, and so does a line whose
 * route is gone. `public`: anyone; `sign-in step`: only a sign-in waiting for its TOTP code;
 * `signed in`: any account; otherwise the roles allowed.
 */
type Expected = 'public' | 'sign-in step' | 'signed in' | readonly Role[];

const LINKS_READERS = [
  Role.NetworkOperator,
  Role.ResourceAllocator,
  Role.Manager,
  Role.SystemAdmin,
];
const USER_ADMINS = [Role.SystemAdmin, Role.SecurityAdmin];

const MATRIX: Record<string, Expected> = {
  'GET /health': 'public',
  'GET /auth/session': 'public',
  'POST /auth/sign-in': 'public',
  'POST /auth/sign-in/totp': 'sign-in step',
  'POST /auth/totp/enroll': 'signed in',
  'POST /auth/totp/secret': 'signed in',
  'DELETE /auth/totp': 'signed in',
  'POST /auth/sign-out': 'signed in',
  'POST /auth/password': 'signed in',
  'GET /auth/password-policy': 'signed in',
  'GET /auth/sessions': 'signed in',
  'DELETE /auth/sessions/:id': 'signed in',
  'GET /admin/accounts': USER_ADMINS,
  'GET /admin/accounts/:id': USER_ADMINS,
  'POST /admin/accounts': [Role.SystemAdmin],
  'PATCH /admin/accounts/:id': [Role.SystemAdmin],
  'POST /admin/accounts/:id/reset-password': [Role.SystemAdmin],
  // The system admin passes the gate, then only appoints the first security and audit admins.
  'PUT /admin/accounts/:id/roles': USER_ADMINS,
  'PUT /admin/accounts/:id/scope': [Role.SecurityAdmin],
  'POST /admin/accounts/:id/unlock': [Role.SecurityAdmin],
  'POST /admin/accounts/:id/reset-totp': [Role.SecurityAdmin],
  'GET /admin/sessions': USER_ADMINS,
  'DELETE /admin/sessions/:id': USER_ADMINS,
  'GET /admin/security-policy': [Role.SecurityAdmin],
  'PUT /admin/security-policy': [Role.SecurityAdmin],
  'GET /admin/units': USER_ADMINS,
  'GET /audit/events': [Role.AuditAdmin],
  'GET /audit/events.csv': [Role.AuditAdmin],
  'GET /audit/verify': [Role.AuditAdmin],
  'GET /overview': LINKS_READERS,
  'GET /collector/status': LINKS_READERS,
  'GET /units': LINKS_READERS,
  'GET /units/:code': LINKS_READERS,
  'GET /uplinks': LINKS_READERS,
  'GET /uplinks/:id': LINKS_READERS,
  'GET /uplinks/:id/traffic': LINKS_READERS,
  'GET /nodes': LINKS_READERS,
  'GET /nodes/:id': LINKS_READERS,
  'POST /nodes': [Role.NetworkOperator, Role.SystemAdmin],
  'PATCH /nodes/:id': [Role.NetworkOperator, Role.SystemAdmin],
  'POST /nodes/:id/discover': [Role.NetworkOperator, Role.SystemAdmin],
  'GET /tier-policies': LINKS_READERS,
  'PATCH /tier-policies/:id': [Role.SystemAdmin],
  'GET /uplinks/:id/state-history': LINKS_READERS,
  'GET /uplinks/:id/availability': LINKS_READERS,
  'GET /availability': LINKS_READERS,
  'GET /alerts': LINKS_READERS,
  'GET /alerts/counts': LINKS_READERS,
  'GET /alerts/:id': LINKS_READERS,
  'POST /alerts/:id/acknowledge': [Role.NetworkOperator, Role.SystemAdmin],
  'POST /alerts/:id/unacknowledge': [Role.NetworkOperator, Role.SystemAdmin],
  'GET /alert-rules': LINKS_READERS,
  'PATCH /alert-rules/:id': [Role.SystemAdmin],
  'GET /collectors': LINKS_READERS,
};

const keyOf = (route: ApiRoute) => `${route.method.toUpperCase()} ${route.path}`;

/** A harmless request: ids that do not exist, a body with an unknown field (400 if let in). */
function send(agent: TestAgent, route: ApiRoute): Promise<Response> {
  const path = `/api${route.path}`
    .replace('/sessions/:id', `/sessions/${randomUUID()}`)
    .replace(':code', '4201')
    .replace(':id', '2000000000');
  const call = agent[route.method](path);
  return route.method === 'get' ? call : call.send({ matrixProbe: true });
}

type Outcome = 'allowed' | 401 | 403;

function outcomeOf(response: Response): Outcome {
  return response.status === 401 || response.status === 403 ? response.status : 'allowed';
}

function expectedOutcome(expected: Expected, role: Role | 'anonymous'): Outcome {
  if (expected === 'public') return 'allowed';
  if (expected === 'sign-in step' || role === 'anonymous') return 401;
  if (expected === 'signed in') return 'allowed';
  return expected.includes(role) ? 'allowed' : 403;
}

describe('the permission matrix: every route × every role and anonymous (real database)', () => {
  let t: TestConsole;
  const agents = new Map<Role | 'anonymous', TestAgent>();

  beforeAll(async () => {
    t = await testConsole();
    agents.set('anonymous', await visitorAgent(t));
    for (const role of ROLES) agents.set(role, (await signedInAgent(t, { roles: [role] })).agent);
  }, 120_000);

  it('when the route table is compared with the matrix, then every route has a line and vice versa', () => {
    const routeKeys = t.routes.map(keyOf);
    expect(routeKeys.filter((key) => !(key in MATRIX)))
      .withContext('routes without an expected permission in MATRIX')
      .toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !routeKeys.includes(key)))
      .withContext('MATRIX lines without a route')
      .toEqual([]);
  });

  for (const who of ['anonymous', ...ROLES] as const) {
    it(`when ${who} calls every route, then each answer matches the matrix`, async () => {
      const agent = agents.get(who)!;
      for (const route of t.routes) {
        const expected = MATRIX[keyOf(route)];
        if (expected === undefined) continue;
        const response = await send(agent, route);
        expect(outcomeOf(response))
          .withContext(
            `${who}: ${keyOf(route)} answered ${response.status} ${response.text.slice(0, 120)}`,
          )
          .toBe(expectedOutcome(expected, who));
        if (response.status === 403) expect(response.body.error.code).toBe('forbidden');
        if (response.status === 401) expect(response.body.error.code).toBe('unauthenticated');
      }
    }, 60_000);
  }

  it('when an account holds no role, then it reaches only its own account routes', async () => {
    const { agent } = await signedInAgent(t, { roles: [] });
    for (const route of t.routes) {
      const expected = MATRIX[keyOf(route)];
      if (expected === undefined) continue;
      const isOpen = expected === 'public' || expected === 'signed in';
      const outcome = outcomeOf(await send(agent, route));
      expect(outcome)
        .withContext(keyOf(route))
        .toBe(expected === 'sign-in step' ? 401 : isOpen ? 'allowed' : 403);
    }
  }, 60_000);

  it('when a password change is pending, then only the session, password and sign-out routes answer', async () => {
    const spec: TestAccountSpec = { roles: [Role.SystemAdmin], mustChangePassword: true };
    const { agent } = await signedInAgent(t, spec);
    const open = ['GET /auth/session', 'POST /auth/password', 'GET /auth/password-policy'];
    for (const route of t.routes) {
      const key = keyOf(route);
      if (key === 'POST /auth/sign-out' || MATRIX[key] === 'sign-in step') continue;
      const response = await send(agent, route);
      if (MATRIX[key] === 'public' || open.includes(key)) {
        expect(outcomeOf(response)).withContext(key).toBe('allowed');
      } else {
        expect(response.status).withContext(key).toBe(403);
        expect(response.body.error.code).withContext(key).toBe('password_change_required');
      }
    }
  }, 60_000);

  it('when the API documents are fetched without an account, then they are served', async () => {
    const anonymous = agents.get('anonymous')!;
    await anonymous.get('/api/openapi.json').expect(200);
    await anonymous.get('/api/docs/').expect(200);
    await anonymous.get('/api/no/such/route').expect(404);
  });
});
