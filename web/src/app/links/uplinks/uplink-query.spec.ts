import {
  DEFAULT_UPLINK_QUERY,
  type UplinkQuery,
  isSameUplinkQuery,
  parseUplinkQuery,
  toUplinkQueryParams,
  toUplinkRequestParams,
  withFilters,
  withPage,
  withSort,
} from './uplink-query';

describe('uplink query', () => {
  const query: UplinkQuery = {
    levels: ['county', 'township'],
    states: ['down'],
    city: '4213',
    q: '随县',
    sort: 'utilisation',
    order: 'desc',
    page: 3,
    pageSize: 50,
  };

  it('when written to the URL and read back, then the query is the same', () => {
    expect(parseUplinkQuery(toUplinkQueryParams(query))).toEqual(query);
  });

  it('when the query is the default, then the URL has no parameters', () => {
    expect(toUplinkQueryParams(DEFAULT_UPLINK_QUERY)).toEqual({});
    expect(parseUplinkQuery({})).toEqual(DEFAULT_UPLINK_QUERY);
  });

  it('when the URL holds unknown values, then they fall back to defaults', () => {
    const parsed = parseUplinkQuery({
      level: 'county,planet',
      state: 'melted',
      sort: 'colour',
      order: 'sideways',
      page: '-2',
      pageSize: '7',
    });
    expect(parsed.levels).toEqual(['county']);
    expect(parsed.states).toEqual([]);
    expect(parsed.sort).toBeNull();
    expect(parsed.order).toBe('asc');
    expect(parsed.page).toBe(1);
    expect(parsed.pageSize).toBe(25);
  });

  it('when asked for API parameters, then page and size are always sent', () => {
    expect(toUplinkRequestParams(DEFAULT_UPLINK_QUERY)).toEqual({ page: '1', pageSize: '25' });
    expect(toUplinkRequestParams(query)).toEqual({
      level: 'county,township',
      state: 'down',
      city: '4213',
      q: '随县',
      sort: 'utilisation',
      order: 'desc',
      page: '3',
      pageSize: '50',
    });
  });

  it('when filters or sort change, then the list goes back to page 1', () => {
    expect(withFilters(query, { levels: [], states: [], city: null, q: '' }).page).toBe(1);
    expect(withSort(query, 'name', 'asc')).toEqual({
      ...query,
      sort: 'name',
      order: 'asc',
      page: 1,
    });
    expect(withSort(query, null, 'desc').order).toBe('asc');
  });

  it('when the page changes, then filters and sort are kept', () => {
    expect(withPage(query, 4, 50)).toEqual({ ...query, page: 4 });
  });

  it('when two queries hold the same values, then they are the same query', () => {
    expect(isSameUplinkQuery(query, { ...query, levels: [...query.levels] })).toBeTrue();
    expect(isSameUplinkQuery(query, { ...query, page: 2 })).toBeFalse();
  });
});
