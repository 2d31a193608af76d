import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { provideLinksCharts } from '../echarts.providers';
import { anUplinkDetail } from '../testing/links-fixtures';
import { UplinkDetailPage } from './uplink-detail-page';
import { UplinkDetailPageActions } from './uplink-detail.actions';
import { initialUplinkDetailState, uplinkDetailAdapter } from './uplink-detail.feature';

describe('UplinkDetailPage', () => {
  let dispatched: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideLinksCharts(),
        provideRouter(
          [{ path: 'links/uplinks/:id', component: UplinkDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            uplinkDetail: uplinkDetailAdapter.setAll([anUplinkDetail()], {
              ...initialUplinkDetailState,
              selectedId: 1,
              traffic: {
                from: '2026-11-20T08:00:00.000Z',
                to: '2026-11-20T09:00:00.000Z',
                stepSeconds: 10,
                resolution: 'raw',
                servableResolutions: ['raw', '5m', '1h', '1d'],
                series: [
                  {
                    memberId: 11,
                    memberIndex: 1,
                    carrier: '中国电信',
                    contractedMbps: 2000,
                    points: [
                      [Date.parse('2026-11-20T08:30:00.000Z'), 4e8, 6e8, 4e8, 6e8, null, null, 6],
                    ],
                  },
                ],
              },
            }),
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
  });

  it('when opened, then the uplink of the URL is requested', async () => {
    await RouterTestingHarness.create('/links/uplinks/1');
    expect(dispatched).toContain(UplinkDetailPageActions.opened({ id: 1 }));
  });

  it('when loaded, then each member circuit is a row with its port and status', async () => {
    const harness = await RouterTestingHarness.create('/links/uplinks/1');
    const table = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatTableHarness.with({ selector: '[data-testid="member-table"]' }),
    );
    const cells = await table.getCellTextByColumnName();
    expect(cells['carrier'].text).toEqual(['中国电信', '中国联通']);
    expect(cells['contracted'].text).toEqual(['2 Gbps', '2 Gbps']);
    expect(cells['speed'].text).toEqual(['10 Gbps', '1 Gbps']);
    expect(cells['oper'].text).toEqual(['正常', '中断']);
    expect(cells['in'].text).toEqual(['400 Mbps', '—']);
    const host = harness.routeNativeElement as HTMLElement;
    expect(host.querySelectorAll('td.too-slow').length).toBe(1);
  });

  it('when traffic is loaded, then the chart is drawn', async () => {
    const harness = await RouterTestingHarness.create('/links/uplinks/1');
    const chart = (harness.routeNativeElement as HTMLElement).querySelector(
      '[data-testid="traffic-chart"]',
    );
    expect(chart).not.toBeNull();
  });

  it('when another range is chosen, then a range change is dispatched', async () => {
    const harness = await RouterTestingHarness.create('/links/uplinks/1');
    const group = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatButtonToggleGroupHarness.with({ selector: '[data-testid="range-toggle"]' }),
    );
    const [, day] = await group.getToggles();
    expect(await day.getText()).toBe('24 小时');
    await day.check();
    expect(dispatched).toContain(UplinkDetailPageActions.rangeChanged({ range: '24h' }));
  });

  it('when another resolution is chosen, then a resolution change is dispatched', async () => {
    const harness = await RouterTestingHarness.create('/links/uplinks/1');
    const group = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatButtonToggleGroupHarness.with({ selector: '[data-testid="resolution-toggle"]' }),
    );
    const hourly = (await group.getToggles())[3]!;
    expect(await hourly.getText()).toBe('1 小时');
    await hourly.check();
    expect(dispatched).toContain(UplinkDetailPageActions.resolutionChanged({ resolution: '1h' }));
  });
});
