import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideLinksCharts } from '../echarts.providers';
import type { TrafficResolutionChoice, UplinkTraffic } from '../links-api.types';
import { TrafficChart } from './traffic-chart';

const yearOfDays: UplinkTraffic = {
  from: '2025-11-20T16:00:00.000Z',
  to: '2026-11-20T16:00:00.000Z',
  stepSeconds: 86_400,
  resolution: '1d',
  servableResolutions: ['1d'],
  series: [
    {
      memberId: 11,
      memberIndex: 1,
      carrier: '中国电信',
      contractedMbps: 2000,
      points: [[Date.parse('2026-11-19T16:00:00.000Z'), 4e8, 6e8, 9e8, 9e8, 5e8, 7e8, 1]],
    },
  ],
};

describe('TrafficChart', () => {
  async function render(traffic: UplinkTraffic | null) {
    TestBed.configureTestingModule({ providers: [provideI18nForTests(), provideLinksCharts()] });
    const fixture = TestBed.createComponent(TrafficChart);
    fixture.componentRef.setInput('range', '1y');
    fixture.componentRef.setInput('traffic', traffic);
    const chosen: TrafficResolutionChoice[] = [];
    fixture.componentInstance.resolutionChange.subscribe((value) => chosen.push(value));
    fixture.detectChanges();
    await fixture.whenStable();
    const group = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonToggleGroupHarness.with({ selector: '[data-testid="resolution-toggle"]' }),
    );
    return { fixture, group, chosen };
  }

  it('when the server says only days can serve, then the other resolutions are disabled', async () => {
    const { group } = await render(yearOfDays);
    const toggles = await group.getToggles();
    const states = await Promise.all(
      toggles.map(async (toggle) => [await toggle.getText(), await toggle.isDisabled()]),
    );
    expect(states).toEqual([
      ['自动', false],
      ['原始采样', true],
      ['5 分钟', true],
      ['1 小时', true],
      ['1 天', false],
    ]);
  });

  it('when traffic is shown, then the resolution it was read at is named', async () => {
    const { fixture } = await render(yearOfDays);
    const used = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="used-resolution"]',
    );
    expect(used?.textContent?.trim()).toBe('当前数据：1 天');
  });

  it('when a servable resolution is picked, then it is emitted', async () => {
    const { group, chosen } = await render(yearOfDays);
    await (await group.getToggles())[4]!.check();
    expect(chosen).toEqual(['1d']);
  });

  it('when nothing is loaded yet, then every resolution is offered', async () => {
    const { group } = await render(null);
    const disabled = await Promise.all((await group.getToggles()).map((t) => t.isDisabled()));
    expect(disabled.every((isDisabled) => !isDisabled)).toBeTrue();
  });
});
