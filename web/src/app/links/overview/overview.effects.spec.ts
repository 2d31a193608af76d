import { Actions } from '@ngrx/effects';
import { Subject, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { aProvinceOverview } from '../testing/links-fixtures';
import { OverviewApiActions, OverviewPageActions, OverviewTimerActions } from './overview.actions';
import type { OverviewApi } from './overview-api';
import { loadOverview, refreshOverviewPeriodically } from './overview.effects';

describe('overview effects', () => {
  it('when the page opens, then the overview is loaded', () => {
    const overview = aProvinceOverview();
    const api = jasmine.createSpyObj<OverviewApi>('OverviewApi', { get: of(overview) });
    const actions$ = new Subject<unknown>();
    const seen: unknown[] = [];
    loadOverview(new Actions(actions$), api).subscribe((action) => seen.push(action));

    actions$.next(OverviewPageActions.opened());

    expect(seen).toEqual([OverviewApiActions.loaded({ overview })]);
  });

  it('when the API cannot be reached, then the failure says network', () => {
    const api = jasmine.createSpyObj<OverviewApi>('OverviewApi', {
      get: throwError(() => new TypeError('Failed to fetch')),
    });
    const actions$ = new Subject<unknown>();
    const seen: unknown[] = [];
    loadOverview(new Actions(actions$), api).subscribe((action) => seen.push(action));

    actions$.next(OverviewTimerActions.refreshDue());

    expect(seen).toEqual([
      OverviewApiActions.loadFailed({
        error: { status: 0, code: 'unexpected', message: 'Failed to fetch' },
      }),
    ]);
  });

  it('when the page is open, then refreshes are due until it closes', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(
      ({ hot, expectObservable }) => {
        const source = hot('a 14ms c', {
          a: OverviewPageActions.opened(),
          c: OverviewPageActions.closed(),
        });
        expectObservable(
          refreshOverviewPeriodically(new Actions(source), { hidden: false } as Document, 5),
        ).toBe('5ms r 4ms r', { r: OverviewTimerActions.refreshDue() });
      },
    );
  });
});
