import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { type Action, ActionsSubject, provideState, provideStore } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authFeature } from '../../auth/auth.feature';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { aUnit, anUplink, anUplinkPage } from '../testing/links-fixtures';
import { DEFAULT_UPLINK_QUERY } from './uplink-query';
import { UplinkListPage } from './uplink-list-page';
import { UplinkListPageActions } from './uplinks.actions';
import * as uplinksEffects from './uplinks.effects';
import { initialUplinksState, uplinksAdapter, uplinksFeature } from './uplinks.feature';

const routes = [{ path: 'links/uplinks', component: UplinkListPage }];

describe('UplinkListPage', () => {
  describe('with a mock store', () => {
    let store: MockStore;
    let dispatched: Action[];

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideI18nForTests(),
          provideConsoleIcons(),
          provideRouter(routes, withComponentInputBinding()),
          provideMockStore({
            initialState: {
              uplinks: uplinksAdapter.setAll(
                [anUplink({ id: 1 }), anUplink({ id: 2, state: 'down' })],
                { ...initialUplinksState, matchCount: 2, isLoading: true },
              ),
            },
          }),
        ],
      });
      store = TestBed.inject(MockStore);
      dispatched = [];
      store.scannedActions$.subscribe((action) => dispatched.push(action));
    });

    it('when the store holds a page, then its rows are rendered', async () => {
      const harness = await RouterTestingHarness.create('/links/uplinks');
      const loader = TestbedHarnessEnvironment.loader(harness.fixture);
      const table = await loader.getHarness(MatTableHarness);
      const rows = await table.getRows();
      expect(rows.length).toBe(2);
      expect((await table.getCellTextByColumnName())['state'].text).toEqual(['达标', '中断']);
      expect(await loader.getHarness(MatProgressBarHarness)).toBeTruthy();
      const host = harness.routeNativeElement as HTMLElement;
      expect(host.querySelectorAll('[data-testid="uplink-row"]').length).toBe(2);
    });

    it('when opened from a shared link, then the URL query is reported', async () => {
      await RouterTestingHarness.create('/links/uplinks?state=down&level=county&page=2');
      expect(dispatched).toContain(
        UplinkListPageActions.urlQueryChanged({
          query: { ...DEFAULT_UPLINK_QUERY, states: ['down'], levels: ['county'], page: 2 },
        }),
      );
    });

    it('when a header is clicked, then a sort change is dispatched', async () => {
      const harness = await RouterTestingHarness.create('/links/uplinks');
      const sort = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
        MatSortHarness,
      );
      const [state] = await sort.getSortHeaders({ label: '状态' });
      await state.click();
      expect(dispatched).toContain(
        UplinkListPageActions.sortChanged({ sort: 'state', order: 'asc' }),
      );
    });

    it('when the page is left, then it reports being closed (the refresh timer stops)', async () => {
      const harness = await RouterTestingHarness.create('/links/uplinks');
      harness.fixture.destroy();
      expect(dispatched).toContain(UplinkListPageActions.closed());
    });
  });

  describe('with the real store and effects', () => {
    it('when a level is chosen, then the URL and the API request carry it', async () => {
      TestBed.configureTestingModule({
        providers: [
          provideI18nForTests(),
          provideConsoleIcons(),
          provideHttpClient(),
          provideHttpClientTesting(),
          provideRouter(routes, withComponentInputBinding()),
          provideStore(),
          provideState(authFeature),
          provideState(uplinksFeature),
          provideEffects(uplinksEffects),
        ],
      });
      const dispatched: Action[] = [];
      TestBed.inject(ActionsSubject).subscribe((action) => dispatched.push(action));
      const http = TestBed.inject(HttpTestingController);
      const harness = await RouterTestingHarness.create('/links/uplinks');
      http.expectOne('/api/units/42').flush(aUnit({ code: '42' }));
      http
        .expectOne((req) => req.url === '/api/uplinks' && req.params.get('page') === '1')
        .flush(anUplinkPage([anUplink()]));

      const level = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
        MatSelectHarness.with({ selector: '[data-testid="filter-level"]' }),
      );
      await level.open();
      await level.clickOptions({ text: '乡镇(街道)' });
      await harness.fixture.whenStable();

      expect(TestBed.inject(Router).url).toBe('/links/uplinks?level=township');
      expect(dispatched).toContain(
        UplinkListPageActions.filtersChanged({
          filters: { levels: ['township'], states: [], city: null, q: '' },
        }),
      );
      expect(dispatched).toContain(
        UplinkListPageActions.urlQueryChanged({
          query: { ...DEFAULT_UPLINK_QUERY, levels: ['township'] },
        }),
      );
      const request = http.expectOne((req) => req.url === '/api/uplinks');
      expect(request.request.params.get('level')).toBe('township');
      expect(request.request.params.get('page')).toBe('1');
      request.flush(anUplinkPage([]));
      http.verify();
    });
  });
});
