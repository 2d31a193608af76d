import { DEFAULT_ALERT_QUERY, toAlertRequestParams, withAlertFilters } from './alert-query';

describe('alert query', () => {
  it('when nothing is filtered, then only open alerts are asked for, newest first', () => {
    expect(toAlertRequestParams(DEFAULT_ALERT_QUERY)).toEqual({
      status: 'open',
      sort: 'raisedAt',
      order: 'desc',
      page: '1',
      pageSize: '25',
    });
  });

  it('when filters are set, then lists are comma-joined and a blank search is left out', () => {
    const params = toAlertRequestParams({
      ...DEFAULT_ALERT_QUERY,
      statuses: ['open', 'cleared'],
      severities: ['critical', 'major'],
      kinds: ['uplink_down'],
      acknowledged: false,
      q: '  ',
    });
    expect(params['status']).toBe('open,cleared');
    expect(params['severity']).toBe('critical,major');
    expect(params['kind']).toBe('uplink_down');
    expect(params['acknowledged']).toBe('false');
    expect(params['q']).toBeUndefined();
  });

  it('when filters change, then paging starts again at page 1', () => {
    const query = { ...DEFAULT_ALERT_QUERY, page: 4 };
    expect(withAlertFilters(query, { ...query, q: '随州' }).page).toBe(1);
  });
});
