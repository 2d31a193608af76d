import { DEFAULT_NODE_LIST_QUERY } from './nodes-api.types';
import { parseNodeListQuery, toNodeListQueryParams } from './node-list-query';

describe('node list query in the URL', () => {
  it('when the URL is empty, then the default query applies and writes back to nothing', () => {
    expect(parseNodeListQuery({})).toEqual(DEFAULT_NODE_LIST_QUERY);
    expect(toNodeListQueryParams(DEFAULT_NODE_LIST_QUERY)).toEqual({});
  });

  it('when a shared link is opened, then its query is read back as it was written', () => {
    const query = {
      q: '随州',
      reachability: ['unreachable' as const],
      discovery: ['failed' as const, 'partial' as const],
      sort: 'lastPolledAt' as const,
      order: 'desc' as const,
      page: 3,
      pageSize: 50,
    };
    const parsed = parseNodeListQuery(toNodeListQueryParams(query));
    expect(parsed).toEqual({ ...query, discovery: ['partial', 'failed'] });
  });

  it('when the URL was edited by hand, then unknown values fall back instead of failing', () => {
    expect(
      parseNodeListQuery({
        reachability: 'maybe,unknown',
        discovery: 'sleeping',
        sort: 'community',
        order: 'sideways',
        page: '-2',
        pageSize: '7',
      }),
    ).toEqual({ ...DEFAULT_NODE_LIST_QUERY, reachability: ['unknown'] });
  });
});
