import { auditResultOf, nameAuditedRequest } from './audited-request-naming';

const routes = [
  { method: 'patch', path: '/tier-policies/:id' },
  { method: 'put', path: '/admin/accounts/:id/roles' },
  { method: 'post', path: '/nodes' },
  { method: 'delete', path: '/auth/sessions/:id' },
];

describe('nameAuditedRequest', () => {
  it('when a route matches, then the action is its pattern and the object its last parameter', () => {
    expect(nameAuditedRequest('PATCH', '/api', '/tier-policies/5', routes)).toEqual({
      action: 'http.PATCH /api/tier-policies/:id',
      objectType: 'tier_policies',
      objectId: '5',
    });
    expect(nameAuditedRequest('PUT', '/api', '/admin/accounts/12/roles', routes)).toEqual({
      action: 'http.PUT /api/admin/accounts/:id/roles',
      objectType: 'accounts',
      objectId: '12',
    });
  });

  it('when the route has no parameter, then there is no object', () => {
    expect(nameAuditedRequest('POST', '/api', '/nodes', routes)).toEqual({
      action: 'http.POST /api/nodes',
      objectType: null,
      objectId: null,
    });
  });

  it('when the method differs or nothing matches, then the literal path is kept, cut short', () => {
    expect(nameAuditedRequest('DELETE', '/api', '/tier-policies/5', routes).action).toBe(
      'http.DELETE /api/tier-policies/5',
    );
    const long = nameAuditedRequest('POST', '/api', `/${'x'.repeat(500)}`, routes);
    expect(long.action.length).toBeLessThanOrEqual(170);
  });

  it('when a parameter is percent-encoded, then the object id is decoded', () => {
    expect(nameAuditedRequest('DELETE', '/api', '/auth/sessions/a%20b', routes).objectId).toBe(
      'a b',
    );
  });
});

describe('auditResultOf', () => {
  it('when 2xx, success; when 403 or marked denied, denied; otherwise failure', () => {
    expect(auditResultOf(200, false)).toBe('success');
    expect(auditResultOf(204, false)).toBe('success');
    expect(auditResultOf(403, false)).toBe('denied');
    expect(auditResultOf(404, true)).toBe('denied');
    expect(auditResultOf(400, false)).toBe('failure');
    expect(auditResultOf(500, false)).toBe('failure');
  });
});
