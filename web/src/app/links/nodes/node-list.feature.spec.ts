import { NodeListPageActions, NodesApiActions } from './node-list.actions';
import { initialNodeListState, nodeListFeature } from './node-list.feature';
import { aNode } from './node-fixtures';
import { DEFAULT_NODE_LIST_QUERY } from './nodes-api.types';

const reduce = nodeListFeature.reducer;

describe('node list feature', () => {
  it('when the URL query changes, then it becomes the query and a load starts', () => {
    const query = { ...DEFAULT_NODE_LIST_QUERY, q: '随州', reachability: ['unreachable' as const] };
    const state = reduce(initialNodeListState, NodeListPageActions.urlQueryChanged({ query }));
    expect(state.query).toEqual(query);
    expect(state.isLoading).toBeTrue();
  });

  it('when a page arrives, then its rows keep the server order and the total is kept', () => {
    const page = { items: [aNode({ id: 9 }), aNode({ id: 2 })], total: 40, page: 1, pageSize: 25 };
    const state = reduce(initialNodeListState, NodesApiActions.pageLoaded({ page }));
    const root = { nodeList: state };
    expect(nodeListFeature.selectPageRows(root).map((node) => node.id)).toEqual([9, 2]);
    expect(nodeListFeature.selectMatchCount(root)).toBe(40);
    expect(nodeListFeature.selectPageIndex(root)).toBe(0);
  });

  it('when a load fails, then the rows stay with the error', () => {
    const page = { items: [aNode()], total: 1, page: 1, pageSize: 25 };
    const loaded = reduce(initialNodeListState, NodesApiActions.pageLoaded({ page }));
    const error = { status: 500, code: 'internal', message: 'x' };
    const state = reduce(loaded, NodesApiActions.pageLoadFailed({ error }));
    expect(state.ids).toEqual([7]);
    expect(state.error).toEqual(error);
    expect(state.isLoading).toBeFalse();
  });
});
