import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Router } from '@angular/router';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { authFeature } from '../../auth/auth.feature';
import type { UnitsApi } from '../unit-drilldown/units-api';
import { aUnit, anUplink, anUplinkPage } from '../testing/links-fixtures';
import { DEFAULT_UPLINK_QUERY, type UplinkQuery } from './uplink-query';
import {
  UplinkListPageActions,
  UplinkListTimerActions,
  UplinksApiActions,
} from './uplinks.actions';
import type { UplinksApi } from './uplinks-api';
import {
  loadCityOptions,
  loadUplinkPage,
  notifyUplinkLoadFailure,
  refreshUplinkPagePeriodically,
  reflectQueryInUrl,
} from './uplinks.effects';
import { uplinksFeature } from './uplinks.feature';

describe('uplinks effects', () => {
  const query: UplinkQuery = { ...DEFAULT_UPLINK_QUERY, states: ['down'], page: 2, pageSize: 50 };
  let store: MockStore;
  let actions$: Subject<unknown>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [
            { selector: uplinksFeature.selectQuery, value: query },
            { selector: uplinksFeature.selectCityOptions, value: null },
            { selector: authFeature.selectScopeUnitCode, value: null },
          ],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    actions$ = new Subject();
  });

  // Overridden selectors are memoized module-wide: reset them for the specs that follow.
  afterEach(() => store.resetSelectors());

  function collect<T>(effect$: Observable<T>): T[] {
    const seen: T[] = [];
    effect$.subscribe((value) => seen.push(value));
    return seen;
  }

  describe('loadUplinkPage', () => {
    it('when the URL query changes, then that query is fetched and the page reported', () => {
      const page = anUplinkPage([anUplink()], 80);
      const api = jasmine.createSpyObj<UplinksApi>('UplinksApi', { list: of(page) });
      const seen = collect(loadUplinkPage(new Actions(actions$), store, api));

      actions$.next(UplinkListPageActions.urlQueryChanged({ query }));

      expect(api.list).toHaveBeenCalledOnceWith(query);
      expect(seen.length).toBe(1);
      const action = seen[0] as ReturnType<typeof UplinksApiActions.pageLoaded>;
      expect(action.type).toBe(UplinksApiActions.pageLoaded.type);
      expect(action.page).toEqual(page);
    });

    it('when the refresh timer fires, then the current query is fetched again', () => {
      const api = jasmine.createSpyObj<UplinksApi>('UplinksApi', { list: of(anUplinkPage([])) });
      collect(loadUplinkPage(new Actions(actions$), store, api));

      actions$.next(UplinkListTimerActions.refreshDue());
      actions$.next(UplinkListPageActions.retryClicked());

      expect(api.list.calls.allArgs()).toEqual([[query], [query]]);
    });

    it('when the API fails, then the failure carries the API error', () => {
      const api = jasmine.createSpyObj<UplinksApi>('UplinksApi', {
        list: throwError(
          () =>
            new HttpErrorResponse({
              status: 400,
              error: { error: { code: 'validation_failed', message: 'pageSize too large' } },
            }),
        ),
      });
      const seen = collect(loadUplinkPage(new Actions(actions$), store, api));

      actions$.next(UplinkListPageActions.urlQueryChanged({ query }));

      expect(seen).toEqual([
        UplinksApiActions.pageLoadFailed({
          error: { status: 400, code: 'validation_failed', message: 'pageSize too large' },
        }),
      ]);
    });
  });

  describe('reflectQueryInUrl', () => {
    let router: jasmine.SpyObj<Router>;

    beforeEach(() => {
      router = jasmine.createSpyObj<Router>('Router', { navigate: Promise.resolve(true) });
      collect(reflectQueryInUrl(new Actions(actions$), store, router));
    });

    it('when filters change, then the URL gets them and page 1', () => {
      actions$.next(
        UplinkListPageActions.filtersChanged({
          filters: { levels: ['township'], states: [], city: '4213', q: '万店' },
        }),
      );
      expect(router.navigate).toHaveBeenCalledOnceWith(['/links/uplinks'], {
        queryParams: { level: 'township', city: '4213', q: '万店', pageSize: '50' },
      });
    });

    it('when the sort changes, then filters stay and the URL gets the sort', () => {
      actions$.next(UplinkListPageActions.sortChanged({ sort: 'utilisation', order: 'desc' }));
      expect(router.navigate).toHaveBeenCalledOnceWith(['/links/uplinks'], {
        queryParams: { state: 'down', sort: 'utilisation', order: 'desc', pageSize: '50' },
      });
    });

    it('when the page changes, then the URL gets the page', () => {
      actions$.next(UplinkListPageActions.pageChanged({ page: 4, pageSize: 50 }));
      expect(router.navigate).toHaveBeenCalledOnceWith(['/links/uplinks'], {
        queryParams: { state: 'down', page: '4', pageSize: '50' },
      });
    });
  });

  describe('refreshUplinkPagePeriodically', () => {
    let scheduler: TestScheduler;

    beforeEach(() => {
      scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    });

    it('when the list is open, then a refresh is due every interval until it closes', () => {
      scheduler.run(({ hot, expectObservable }) => {
        const source = hot('a 25ms c', {
          a: UplinkListPageActions.urlQueryChanged({ query }),
          c: UplinkListPageActions.closed(),
        });
        const effect$ = refreshUplinkPagePeriodically(
          new Actions(source),
          { hidden: false } as Document,
          10,
        );
        expectObservable(effect$).toBe('10ms r 9ms r', { r: UplinkListTimerActions.refreshDue() });
      });
    });

    it('when the query changes, then the interval starts again from the change', () => {
      scheduler.run(({ hot, expectObservable }) => {
        const change = UplinkListPageActions.urlQueryChanged({ query });
        const source = hot('a 7ms b', { a: change, b: change });
        const effect$ = refreshUplinkPagePeriodically(
          new Actions(source),
          { hidden: false } as Document,
          10,
        );
        expectObservable(effect$, '^ 30ms !').toBe('18ms r 9ms r', {
          r: UplinkListTimerActions.refreshDue(),
        });
      });
    });

    it('when the tab is hidden, then no refresh is due', () => {
      scheduler.run(({ hot, expectObservable }) => {
        const source = hot('a', { a: UplinkListPageActions.urlQueryChanged({ query }) });
        const effect$ = refreshUplinkPagePeriodically(
          new Actions(source),
          { hidden: true } as Document,
          10,
        );
        expectObservable(effect$, '^ 50ms !').toBe('');
      });
    });
  });

  describe('loadCityOptions', () => {
    it('when the list opens without city options, then the province children are offered', () => {
      const units = jasmine.createSpyObj<UnitsApi>('UnitsApi', {
        get: of(
          aUnit({
            code: '42',
            children: [
              { ...aUnit().children[0], code: '4213', name: '随州市', level: 'city' },
              { ...aUnit().children[0], code: '420001', name: '省公安厅', level: 'department' },
            ],
          }),
        ),
      });
      const seen = collect(loadCityOptions(new Actions(actions$), store, units));

      actions$.next(UplinkListPageActions.urlQueryChanged({ query }));

      expect(units.get).toHaveBeenCalledOnceWith('42');
      expect(seen).toEqual([
        UplinksApiActions.cityOptionsLoaded({
          cities: [{ code: '4213', name: '随州市', level: 'city' }],
        }),
      ]);
    });

    it('when the account is scoped to a county, then its city is the only option', () => {
      store.overrideSelector(authFeature.selectScopeUnitCode, '421303');
      store.refreshState();
      const units = jasmine.createSpyObj<UnitsApi>('UnitsApi', {
        get: of(
          aUnit({
            code: '421303',
            level: 'county',
            path: [
              { code: '42', name: '湖北省', level: 'province' },
              { code: '4213', name: '随州市', level: 'city' },
              { code: '421303', name: '曾都区', level: 'county' },
            ],
          }),
        ),
      });
      const seen = collect(loadCityOptions(new Actions(actions$), store, units));

      actions$.next(UplinkListPageActions.urlQueryChanged({ query }));

      expect(units.get).toHaveBeenCalledOnceWith('421303');
      expect(seen).toEqual([
        UplinksApiActions.cityOptionsLoaded({
          cities: [{ code: '4213', name: '随州市', level: 'city' }],
        }),
      ]);
    });

    it('when city options are already known, then they are not read again', () => {
      store.overrideSelector(uplinksFeature.selectCityOptions, []);
      store.refreshState();
      const units = jasmine.createSpyObj<UnitsApi>('UnitsApi', ['get']);
      collect(loadCityOptions(new Actions(actions$), store, units));

      actions$.next(UplinkListPageActions.urlQueryChanged({ query }));

      expect(units.get).not.toHaveBeenCalled();
    });
  });

  it('when a load fails, then the operator is told', () => {
    const notifier = jasmine.createSpyObj<LoadFailureNotifier>('LoadFailureNotifier', ['notify']);
    collect(notifyUplinkLoadFailure(new Actions(actions$), notifier));
    const error = { status: 0, code: 'network', message: 'offline' };

    actions$.next(UplinksApiActions.pageLoadFailed({ error }));

    expect(notifier.notify).toHaveBeenCalledOnceWith(error);
  });
});
