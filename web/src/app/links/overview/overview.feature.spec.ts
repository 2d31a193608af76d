import { aProvinceOverview } from '../testing/links-fixtures';
import { OverviewApiActions, OverviewPageActions } from './overview.actions';
import { initialOverviewState, overviewFeature } from './overview.feature';

const { reducer } = overviewFeature;

describe('overview feature', () => {
  it('when the page opens, then a load starts', () => {
    const state = reducer(initialOverviewState, OverviewPageActions.opened());
    expect(state.isLoading).toBeTrue();
  });

  it('when the overview arrives, then cities are kept by code and levels top-down', () => {
    const state = reducer(
      { ...initialOverviewState, isLoading: true },
      OverviewApiActions.loaded({ overview: aProvinceOverview() }),
    );
    const root = { overview: state };
    expect(overviewFeature.selectCities(root).map((city) => city.code)).toEqual(['4201', '4213']);
    expect(overviewFeature.selectLevelsInTreeOrder(root)?.map((level) => level.level)).toEqual([
      'city',
      'county',
    ]);
    expect(overviewFeature.selectLastPollAt(root)).toBe('2026-11-20T08:59:30.000Z');
    expect(state.isLoading).toBeFalse();
  });

  it('when nothing is loaded yet, then there are no levels', () => {
    expect(overviewFeature.selectLevelsInTreeOrder({ overview: initialOverviewState })).toBeNull();
  });

  it('when loading fails, then the error is kept and the old figures stay', () => {
    const loaded = reducer(
      initialOverviewState,
      OverviewApiActions.loaded({ overview: aProvinceOverview() }),
    );
    const error = { status: 500, code: 'internal', message: 'db down' };
    const state = reducer(loaded, OverviewApiActions.loadFailed({ error }));
    expect(state.error).toEqual(error);
    expect(state.ids.length).toBe(2);
  });
});
