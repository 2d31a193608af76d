import type { UplinkTraffic } from '../links-api.types';
import { anUplinkDetail } from '../testing/links-fixtures';
import { UplinkDetailApiActions, UplinkDetailPageActions } from './uplink-detail.actions';
import { initialUplinkDetailState, uplinkDetailFeature } from './uplink-detail.feature';

const { reducer } = uplinkDetailFeature;
const traffic: UplinkTraffic = {
  from: 'a',
  to: 'b',
  stepSeconds: 60,
  resolution: 'raw',
  servableResolutions: ['raw'],
  series: [],
};

describe('uplink detail feature', () => {
  it('when an uplink loads, then it is the selected uplink', () => {
    const opened = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    const state = reducer(
      opened,
      UplinkDetailApiActions.uplinkLoaded({ uplink: anUplinkDetail() }),
    );
    expect(uplinkDetailFeature.selectSelectedUplink({ uplinkDetail: state })?.id).toBe(1);
    expect(state.isLoading).toBeFalse();
  });

  it('when another uplink opens, then the old traffic is dropped but the range kept', () => {
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailPageActions.rangeChanged({ range: '24h' }));
    state = reducer(
      state,
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '24h', resolution: 'auto', traffic }),
    );
    expect(state.traffic).toBe(traffic);

    state = reducer(state, UplinkDetailPageActions.opened({ id: 2 }));
    expect(state.traffic).toBeNull();
    expect(state.trafficRange).toBe('24h');
  });

  it('when traffic for an older range arrives late, then it is ignored', () => {
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailPageActions.rangeChanged({ range: '7d' }));
    state = reducer(
      state,
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '1h', resolution: 'auto', traffic }),
    );
    expect(state.traffic).toBeNull();
    expect(state.isTrafficLoading).toBeTrue();
  });

  it('when traffic fails, then only the traffic error is set', () => {
    const error = { status: 500, code: 'internal', message: 'x' };
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailApiActions.trafficLoadFailed({ id: 1, error }));
    expect(state.trafficError).toEqual(error);
    expect(state.error).toBeNull();
    expect(state.isTrafficLoading).toBeFalse();
  });

  it('when a resolution is chosen, then it is kept and traffic reloads', () => {
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailPageActions.resolutionChanged({ resolution: '1d' }));
    expect(state.trafficResolution).toBe('1d');
    expect(state.isTrafficLoading).toBeTrue();
  });

  it('when the range changes, then the resolution goes back to automatic', () => {
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailPageActions.resolutionChanged({ resolution: 'raw' }));
    state = reducer(state, UplinkDetailPageActions.rangeChanged({ range: '1y' }));
    expect(state.trafficResolution).toBe('auto');
  });

  it('when traffic for the previous resolution arrives late, then it is ignored', () => {
    let state = reducer(initialUplinkDetailState, UplinkDetailPageActions.opened({ id: 1 }));
    state = reducer(state, UplinkDetailPageActions.resolutionChanged({ resolution: '5m' }));
    state = reducer(
      state,
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '1h', resolution: 'auto', traffic }),
    );
    expect(state.traffic).toBeNull();
    state = reducer(
      state,
      UplinkDetailApiActions.trafficLoaded({ id: 1, range: '1h', resolution: '5m', traffic }),
    );
    expect(state.traffic).toBe(traffic);
  });
});
