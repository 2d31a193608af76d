import { anUplink, anUplinkPage } from '../testing/links-fixtures';
import { DEFAULT_UPLINK_QUERY } from './uplink-query';
import { UplinkListPageActions, UplinksApiActions } from './uplinks.actions';
import { initialUplinksState, uplinksFeature } from './uplinks.feature';

const { reducer } = uplinksFeature;
const error = { status: 500, code: 'internal', message: 'boom' };

describe('uplinks feature', () => {
  it('when the URL query changes, then it is kept and a load starts', () => {
    const query = { ...DEFAULT_UPLINK_QUERY, states: ['down' as const] };
    const state = reducer(
      { ...initialUplinksState, error },
      UplinkListPageActions.urlQueryChanged({ query }),
    );
    expect(state.query).toEqual(query);
    expect(state.isLoading).toBeTrue();
    expect(state.error).toBeNull();
  });

  it('when a page arrives, then its rows replace the old ones in the order given', () => {
    const before = reducer(
      initialUplinksState,
      UplinksApiActions.pageLoaded({
        page: anUplinkPage([anUplink({ id: 9 })]),
        loadedAt: '2026-11-20T09:00:00.000Z',
      }),
    );
    const state = reducer(
      { ...before, isLoading: true },
      UplinksApiActions.pageLoaded({
        page: anUplinkPage([anUplink({ id: 3 }), anUplink({ id: 1 })], 120),
        loadedAt: '2026-11-20T09:00:30.000Z',
      }),
    );
    const root = { uplinks: state };
    expect(uplinksFeature.selectPageRows(root).map((row) => row.id)).toEqual([3, 1]);
    expect(uplinksFeature.selectMatchCount(root)).toBe(120);
    expect(state.isLoading).toBeFalse();
    expect(state.loadedAt).toBe('2026-11-20T09:00:30.000Z');
  });

  it('when a refresh fails, then the rows stay and the error is shown', () => {
    const loaded = reducer(
      initialUplinksState,
      UplinksApiActions.pageLoaded({ page: anUplinkPage([anUplink()]), loadedAt: 'x' }),
    );
    const state = reducer(loaded, UplinksApiActions.pageLoadFailed({ error }));
    expect(state.ids).toEqual([1]);
    expect(state.error).toEqual(error);
    expect(state.isLoading).toBeFalse();
  });

  it('when retry is clicked, then the error clears and a load starts', () => {
    const state = reducer({ ...initialUplinksState, error }, UplinkListPageActions.retryClicked());
    expect(state.error).toBeNull();
    expect(state.isLoading).toBeTrue();
  });

  it('when city options arrive, then they are kept for the filter', () => {
    const cities = [{ code: '4213', name: '随州市', level: 'city' as const }];
    const state = reducer(initialUplinksState, UplinksApiActions.cityOptionsLoaded({ cities }));
    expect(state.cityOptions).toEqual(cities);
  });

  it('when the query is on page 3, then the paginator index is 2', () => {
    const state = { ...initialUplinksState, query: { ...DEFAULT_UPLINK_QUERY, page: 3 } };
    expect(uplinksFeature.selectPageIndex({ uplinks: state })).toBe(2);
    expect(uplinksFeature.selectPageIndex({ uplinks: initialUplinksState })).toBe(0);
  });
});
