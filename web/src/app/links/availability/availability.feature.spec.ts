import { AvailabilityApiActions, AvailabilityPageActions } from './availability.actions';
import { availabilityFeature, initialAvailabilityState } from './availability.feature';

const { reducer } = availabilityFeature;

describe('availability feature', () => {
  it('when the level changes, then paging starts again; when the page changes, it is kept', () => {
    const onPage3 = {
      ...initialAvailabilityState,
      query: { ...initialAvailabilityState.query, page: 3 },
    };
    expect(
      reducer(onPage3, AvailabilityPageActions.queryChanged({ changes: { level: 'county' } }))
        .query,
    ).toEqual(jasmine.objectContaining({ level: 'county', page: 1 }));
    expect(
      reducer(onPage3, AvailabilityPageActions.queryChanged({ changes: { page: 4, pageSize: 50 } }))
        .query,
    ).toEqual(jasmine.objectContaining({ page: 4, pageSize: 50 }));
  });

  it('when a page loads, then rows are keyed by unit code and the month and overall kept', () => {
    const state = reducer(
      initialAvailabilityState,
      AvailabilityApiActions.pageLoaded({
        page: {
          month: '2026-10',
          from: '2026-09-30T16:00:00.000Z',
          to: '2026-10-31T16:00:00.000Z',
          items: [
            {
              unit: { code: '4213', name: '随州市', level: 'city' },
              uplinks: 55,
              ownUplinkId: 3,
              availability: 0.999,
              downSeconds: 100,
              knownSeconds: 100_000,
              unknownSeconds: 0,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 25,
          overall: {
            uplinks: 55,
            availability: 0.999,
            downSeconds: 100,
            knownSeconds: 100_000,
            unknownSeconds: 0,
          },
        },
      }),
    );
    expect(state.ids).toEqual(['4213']);
    expect(state.month).toBe('2026-10');
    expect(state.overall?.uplinks).toBe(55);
  });
});
