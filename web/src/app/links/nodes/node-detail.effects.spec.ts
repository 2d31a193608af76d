import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import type { ActionFailureNotifier } from '../../api-errors/action-failure-notifier';
import {
  NodeDetailApiActions,
  NodeDetailPageActions,
  NodeDetailTimerActions,
} from './node-detail.actions';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { DISCOVERY_PROGRESS_INTERVAL_MS } from './node-choices';
import {
  loadNodeDetail,
  notifyNodeActionFailures,
  refreshNodeDetail,
  requestDiscovery,
  saveTextEncoding,
} from './node-detail.effects';
import { nodeDetailFeature } from './node-detail.feature';
import type { NodesApi } from './nodes-api';
import { aNodeDetail } from './node-fixtures';

describe('node detail effects', () => {
  let store: MockStore;
  let api: jasmine.SpyObj<NodesApi>;
  let actions$: Subject<unknown>;
  let seen: unknown[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: nodeDetailFeature.selectSelectedId, value: 7 },
            { selector: nodeDetailFeature.selectIsDiscoveryInProgress, value: false },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    api = jasmine.createSpyObj<NodesApi>('NodesApi', {
      get: of(aNodeDetail()),
      discover: of(aNodeDetail()),
      setTextEncoding: of(aNodeDetail({ textEncoding: 'gb18030' })),
    });
    actions$ = new Subject();
    seen = [];
  });

  afterEach(() => store.resetSelectors());

  it('when the page opens or the progress timer ticks, then the node is read', () => {
    loadNodeDetail(new Actions(actions$), store, api).subscribe((action) => seen.push(action));
    actions$.next(NodeDetailPageActions.opened({ id: 7 }));
    actions$.next(NodeDetailTimerActions.refreshDue());
    expect(api.get.calls.allArgs()).toEqual([[7], [7]]);
    expect(seen[0]).toEqual(NodeDetailApiActions.nodeLoaded({ node: aNodeDetail() }));
  });

  it('when "discover now" is clicked, then the API is asked for this node', () => {
    requestDiscovery(new Actions(actions$), store, api).subscribe((action) => seen.push(action));
    actions$.next(NodeDetailPageActions.discoverNowClicked());
    expect(api.discover).toHaveBeenCalledOnceWith(7);
    expect(seen).toEqual([NodeDetailApiActions.discoveryRequested({ node: aNodeDetail() })]);
  });

  it('when the encoding is chosen, then it is saved on the node', () => {
    saveTextEncoding(new Actions(actions$), store, api).subscribe((action) => seen.push(action));
    actions$.next(NodeDetailPageActions.textEncodingChanged({ textEncoding: 'gb18030' }));
    expect(api.setTextEncoding).toHaveBeenCalledOnceWith(7, 'gb18030');
  });

  it('when a discovery is in progress, then the node is read every few seconds, else at the live pace', () => {
    jasmine.clock().install();
    try {
      refreshNodeDetail(store).subscribe((action) => seen.push(action));
      jasmine.clock().tick(DISCOVERY_PROGRESS_INTERVAL_MS * 2);
      expect(seen).toEqual([]);
      store.overrideSelector(nodeDetailFeature.selectIsDiscoveryInProgress, true);
      store.refreshState();
      jasmine.clock().tick(DISCOVERY_PROGRESS_INTERVAL_MS * 2);
      expect(seen.length).toBe(2);
      store.overrideSelector(nodeDetailFeature.selectIsDiscoveryInProgress, false);
      store.refreshState();
      jasmine.clock().tick(LIVE_REFRESH_INTERVAL_MS);
      expect(seen.length).toBe(3);
      store.overrideSelector(nodeDetailFeature.selectSelectedId, null);
      store.refreshState();
      jasmine.clock().tick(LIVE_REFRESH_INTERVAL_MS * 3);
      expect(seen).toEqual([
        NodeDetailTimerActions.refreshDue(),
        NodeDetailTimerActions.refreshDue(),
        NodeDetailTimerActions.refreshDue(),
      ]);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('when a change is refused, then the operator is told why', () => {
    const notifier = jasmine.createSpyObj<ActionFailureNotifier>('ActionFailureNotifier', [
      'notify',
    ]);
    notifyNodeActionFailures(new Actions(actions$), notifier).subscribe();
    const error = { status: 403, code: 'forbidden', message: 'outside your scope' };
    actions$.next(NodeDetailApiActions.discoveryRequestFailed({ error }));
    expect(notifier.notify).toHaveBeenCalledOnceWith(error);
  });
});
