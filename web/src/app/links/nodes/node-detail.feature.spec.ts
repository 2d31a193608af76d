import { NodeDetailApiActions, NodeDetailPageActions } from './node-detail.actions';
import { initialNodeDetailState, nodeDetailFeature } from './node-detail.feature';
import { aNode, aNodeDetail } from './node-fixtures';

const reduce = nodeDetailFeature.reducer;
const opened = reduce(initialNodeDetailState, NodeDetailPageActions.opened({ id: 7 }));

describe('node detail feature', () => {
  it('when the node loads, then its summary and interfaces are stored apart', () => {
    const state = reduce(opened, NodeDetailApiActions.nodeLoaded({ node: aNodeDetail() }));
    const root = { nodeDetail: state };
    expect(nodeDetailFeature.selectNode(root)?.hostname).toBe('HB-4213-R01');
    expect(nodeDetailFeature.selectInterfaces(root).map((iface) => iface.id)).toEqual([101, 105]);
    expect(nodeDetailFeature.selectAbsentCount(root)).toBe(1);
    expect(nodeDetailFeature.selectIsDiscoveryInProgress(root)).toBeFalse();
  });

  it('when an answer is for another node than the page shows, then it is ignored', () => {
    const state = reduce(
      opened,
      NodeDetailApiActions.nodeLoaded({ node: aNodeDetail({ id: 99 }) }),
    );
    expect(state.node).toBeNull();
  });

  it('when discovery is asked, then the page shows it requested, then pending', () => {
    const loaded = reduce(opened, NodeDetailApiActions.nodeLoaded({ node: aNodeDetail() }));
    const asking = reduce(loaded, NodeDetailPageActions.discoverNowClicked());
    expect(asking.isRequestingDiscovery).toBeTrue();
    const pending = aNodeDetail({
      discovery: { ...aNode().discovery, status: 'pending', reason: 'on_demand' },
    });
    const state = reduce(asking, NodeDetailApiActions.discoveryRequested({ node: pending }));
    expect(state.isRequestingDiscovery).toBeFalse();
    expect(nodeDetailFeature.selectIsDiscoveryInProgress({ nodeDetail: state })).toBeTrue();
  });

  it('when a save fails, then the flag drops and the node stays as it was', () => {
    const loaded = reduce(opened, NodeDetailApiActions.nodeLoaded({ node: aNodeDetail() }));
    const saving = reduce(
      loaded,
      NodeDetailPageActions.textEncodingChanged({ textEncoding: 'gbk' }),
    );
    expect(saving.isSavingEncoding).toBeTrue();
    const error = { status: 403, code: 'forbidden', message: 'no' };
    const state = reduce(saving, NodeDetailApiActions.textEncodingSaveFailed({ error }));
    expect(state.isSavingEncoding).toBeFalse();
    expect(state.node?.textEncoding).toBe('auto');
  });

  it('when the page closes, then everything is forgotten', () => {
    const loaded = reduce(opened, NodeDetailApiActions.nodeLoaded({ node: aNodeDetail() }));
    expect(reduce(loaded, NodeDetailPageActions.closed())).toEqual(initialNodeDetailState);
  });
});
