import {
  DEFAULT_AUDIT_QUERY,
  auditCsvHref,
  parseAuditQuery,
  startOfLocalDay,
  toAuditQueryParams,
  toAuditRequestParams,
} from './audit-query';

describe('audit query', () => {
  const query = {
    ...DEFAULT_AUDIT_QUERY,
    from: '2026-11-01',
    to: '2026-11-22',
    username: 'zhang.wei',
    action: 'nodes.create',
    objectType: 'node',
    result: 'denied' as const,
    page: 3,
  };

  it('when read from a URL, then known filters are kept and nonsense falls back', () => {
    expect(
      parseAuditQuery({
        from: '2026-11-01',
        to: 'yesterday',
        result: 'maybe',
        username: ' zhang.wei ',
        page: '0',
        pageSize: '100',
      }),
    ).toEqual({ ...DEFAULT_AUDIT_QUERY, from: '2026-11-01', username: 'zhang.wei', pageSize: 100 });
  });

  it('when turned into URL params and back, then nothing is lost', () => {
    expect(parseAuditQuery(toAuditQueryParams(query))).toEqual(query);
  });

  it('when sent to the API, then the days become instants and `to` covers the whole last day', () => {
    const params = toAuditRequestParams(query);
    expect(params).toEqual({
      from: startOfLocalDay('2026-11-01'),
      to: startOfLocalDay('2026-11-23'),
      username: 'zhang.wei',
      action: 'nodes.create',
      objectType: 'node',
      result: 'denied',
      page: '3',
      pageSize: '50',
    });
    expect(new Date(params['from']).getDate()).toBe(1);
  });

  it('when exported, then the CSV link carries the filters but not the page', () => {
    const href = auditCsvHref(query);
    const url = new URL(href, 'http://console.local');
    expect(url.pathname).toBe('/api/audit/events.csv');
    expect(url.searchParams.get('username')).toBe('zhang.wei');
    expect(url.searchParams.get('action')).toBe('nodes.create');
    expect(url.searchParams.get('objectType')).toBe('node');
    expect(url.searchParams.get('result')).toBe('denied');
    expect(url.searchParams.get('from')).toBe(startOfLocalDay('2026-11-01'));
    expect(url.searchParams.has('page')).toBeFalse();
    expect(auditCsvHref(DEFAULT_AUDIT_QUERY)).toBe('/api/audit/events.csv');
  });
});
