import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideLinksCharts } from '../echarts.providers';
import { UplinkStateHistory } from './uplink-state-history';
import type { UplinkStateHistory as History } from './uplink-state-history.types';

const history: History = {
  items: [
    {
      id: 2,
      changedAt: '2026-11-23T07:30:00.000Z',
      fromState: 'compliant',
      toState: 'redundancy_lost',
      reasonCode: 'member_down',
      reasonParams: { members: [{ memberIndex: 2, carrier: '中国联通' }] },
      reasonText: '成员2(联通)中断',
    },
    {
      id: 1,
      changedAt: '2026-11-22T07:30:00.000Z',
      fromState: null,
      toState: 'compliant',
      reasonCode: 'some_future_code',
      reasonParams: {},
      reasonText: '达标：2×200M',
    },
  ],
  total: 2,
  page: 1,
  pageSize: 10,
  from: '2026-11-16T08:00:00.000Z',
  to: '2026-11-23T08:00:00.000Z',
  segments: [
    { start: '2026-11-16T08:00:00.000Z', end: '2026-11-22T07:30:00.000Z', state: null },
    { start: '2026-11-22T07:30:00.000Z', end: '2026-11-23T07:30:00.000Z', state: 'compliant' },
    {
      start: '2026-11-23T07:30:00.000Z',
      end: '2026-11-23T08:00:00.000Z',
      state: 'redundancy_lost',
    },
  ],
};

describe('UplinkStateHistory', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideLinksCharts(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(UplinkStateHistory);
    fixture.componentRef.setInput('uplinkId', 17);
    await fixture.whenStable();
    const request = http.expectOne((req) => req.url === '/api/uplinks/17/state-history');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(history);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  afterEach(() => http.verify());

  it('when the history loads, then each change shows its reason in Chinese, unknown codes as stored', async () => {
    const { loader } = await render();
    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();
    expect(columns['reason']!.text).toEqual(['成员2(中国联通)中断', '达标：2×200M']);
    expect(columns['change']!.text[1]).toContain('首次评估');
  });

  it('when the language is English, then the reason is rendered in English', async () => {
    const { fixture, loader } = await render();
    TestBed.inject(TranslocoService).setActiveLang('en');
    await fixture.whenStable();
    const columns = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(columns['reason']!.text[0]).toBe('Member 2(中国联通) down');
    TestBed.inject(TranslocoService).setActiveLang('zh-CN');
  });
});
