import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import hubei from '../../../assets/maps/hubei.json';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { provideLinksCharts } from '../echarts.providers';
import { aProvinceOverview } from '../testing/links-fixtures';
import { OverviewPage } from './overview-page';
import { OverviewPageActions } from './overview.actions';
import { initialOverviewState, overviewCitiesAdapter } from './overview.feature';

describe('OverviewPage', () => {
  let dispatched: Action[];

  beforeEach(() => {
    const overview = aProvinceOverview();
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideLinksCharts(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'links/overview', component: OverviewPage }]),
        provideMockStore({
          initialState: {
            overview: overviewCitiesAdapter.setAll(overview.cities, {
              ...initialOverviewState,
              levels: overview.levels,
              generatedAt: overview.generatedAt,
              lastPollAt: overview.lastPollAt,
            }),
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
  });

  it('when opened, then the overview is requested and levels are tallied by state', async () => {
    const harness = await RouterTestingHarness.create('/links/overview');
    expect(dispatched).toContain(OverviewPageActions.opened());
    const table = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatTableHarness.with({ selector: '[data-testid="level-state-table"]' }),
    );
    const cells = await table.getCellTextByColumnName();
    expect(cells['level'].text).toEqual(['市(州)', '县(市、区)']);
    expect(cells['total'].text).toEqual(['17', '105']);
    // The state name is there for screen readers only; the column header names it visibly.
    expect(cells['redundancy_lost'].text).toEqual(['冗余丢失1', '0']);
    expect(cells['down'].text).toEqual(['0', '中断5']);
    const host = harness.routeNativeElement as HTMLElement;
    const countyDown = host.querySelectorAll('[data-testid="count-down"]')[1];
    expect(countyDown.querySelector('.count')?.textContent?.trim()).toBe('5');
  });

  it('when a tally is shown, then it links to the uplinks of that level and state', async () => {
    const harness = await RouterTestingHarness.create('/links/overview');
    const link = (harness.routeNativeElement as HTMLElement).querySelector(
      '[data-testid="count-down"] a',
    );
    expect(link?.getAttribute('href')).toBe('/links/uplinks?level=county&state=down');
  });

  it('when the map cannot be loaded, then the page says so and still lists the cities', async () => {
    const harness = await RouterTestingHarness.create('/links/overview');
    TestBed.inject(HttpTestingController)
      .expectOne('assets/maps/hubei.json')
      .flush('gone', { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    const host = harness.routeNativeElement as HTMLElement;
    expect(host.querySelector('[data-testid="map-unavailable"]')).not.toBeNull();
    expect(host.querySelectorAll('[data-testid="city-row"]').length).toBe(2);
  });

  it('when the map loads, then it is drawn', async () => {
    const harness = await RouterTestingHarness.create('/links/overview');
    TestBed.inject(HttpTestingController).expectOne('assets/maps/hubei.json').flush(hubei);
    await harness.fixture.whenStable();
    const host = harness.routeNativeElement as HTMLElement;
    expect(host.querySelector('[data-testid="hubei-map"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="map-unavailable"]')).toBeNull();
  });
});
