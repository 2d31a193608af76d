import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of } from 'rxjs';
import type { UplinkTraffic } from '../links-api.types';
import type { UplinksApi } from '../uplinks/uplinks-api';
import { anUplinkDetail } from '../testing/links-fixtures';
import {
  UplinkDetailApiActions,
  UplinkDetailPageActions,
  UplinkDetailTimerActions,
} from './uplink-detail.actions';
import { loadUplinkDetail, loadUplinkTraffic } from './uplink-detail.effects';
import { uplinkDetailFeature } from './uplink-detail.feature';

describe('uplink detail effects', () => {
  const traffic: UplinkTraffic = {
    from: 'a',
    to: 'b',
    stepSeconds: 60,
    resolution: 'raw',
    servableResolutions: ['raw'],
    series: [],
  };
  let store: MockStore;
  let api: jasmine.SpyObj<UplinksApi>;
  let actions$: Subject<unknown>;
  let seen: unknown[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: uplinkDetailFeature.selectSelectedId, value: 1 },
            { selector: uplinkDetailFeature.selectTrafficRange, value: '1h' },
            { selector: uplinkDetailFeature.selectTrafficResolution, value: 'auto' },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    api = jasmine.createSpyObj<UplinksApi>('UplinksApi', {
      get: of(anUplinkDetail()),
      traffic: of(traffic),
    });
    actions$ = new Subject();
    seen = [];
  });

  // Overridden selectors are memoized module-wide: reset them for the specs that follow.
  afterEach(() => store.resetSelectors());

  it('when the page opens, then the uplink and its traffic for the range are loaded', () => {
    loadUplinkDetail(new Actions(actions$), store, api).subscribe((a) => seen.push(a));
    loadUplinkTraffic(new Actions(actions$), store, api).subscribe((a) => seen.push(a));

    actions$.next(UplinkDetailPageActions.opened({ id: 1 }));

    expect(api.get).toHaveBeenCalledOnceWith(1);
    expect(api.traffic).toHaveBeenCalledOnceWith(1, '1h', 'auto');
    expect(seen).toEqual([
      UplinkDetailApiActions.uplinkLoaded({ uplink: anUplinkDetail() }),
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '1h', resolution: 'auto', traffic }),
    ]);
  });

  it('when the range changes, then traffic is fetched for the new range', () => {
    store.overrideSelector(uplinkDetailFeature.selectTrafficRange, '7d');
    store.refreshState();
    loadUplinkTraffic(new Actions(actions$), store, api).subscribe((a) => seen.push(a));

    actions$.next(UplinkDetailPageActions.rangeChanged({ range: '7d' }));

    expect(api.traffic).toHaveBeenCalledOnceWith(1, '7d', 'auto');
  });

  it('when the resolution changes, then traffic is fetched at that resolution', () => {
    store.overrideSelector(uplinkDetailFeature.selectTrafficResolution, '1h');
    store.refreshState();
    loadUplinkTraffic(new Actions(actions$), store, api).subscribe((a) => seen.push(a));

    actions$.next(UplinkDetailPageActions.resolutionChanged({ resolution: '1h' }));

    expect(api.traffic).toHaveBeenCalledOnceWith(1, '1h', '1h');
    expect(seen).toEqual([
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '1h', resolution: '1h', traffic }),
    ]);
  });

  it('when a refresh is due on the 1 h range, then traffic is fetched again', () => {
    loadUplinkTraffic(new Actions(actions$), store, api).subscribe((a) => seen.push(a));

    actions$.next(UplinkDetailTimerActions.refreshDue());

    expect(api.traffic).toHaveBeenCalledTimes(1);
  });

  it('when a refresh is due on the 24 h range, then traffic is left alone', () => {
    store.overrideSelector(uplinkDetailFeature.selectTrafficRange, '24h');
    store.refreshState();
    loadUplinkTraffic(new Actions(actions$), store, api).subscribe((a) => seen.push(a));

    actions$.next(UplinkDetailTimerActions.refreshDue());

    expect(api.traffic).not.toHaveBeenCalled();
  });
});
