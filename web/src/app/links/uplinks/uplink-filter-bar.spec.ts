import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { SEARCH_DEBOUNCE_MS, UplinkFilterBar } from './uplink-filter-bar';
import { DEFAULT_UPLINK_QUERY, type UplinkFilters } from './uplink-query';

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('UplinkFilterBar', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideI18nForTests(), provideConsoleIcons()] });
    const fixture = TestBed.createComponent(UplinkFilterBar);
    fixture.componentRef.setInput('query', { ...DEFAULT_UPLINK_QUERY, states: ['down'] });
    fixture.componentRef.setInput('cityOptions', [
      { code: '4213', name: '随州市', level: 'city' },
      { code: '429004', name: '仙桃市', level: 'city' },
    ]);
    await fixture.whenStable();
    const emitted: UplinkFilters[] = [];
    fixture.componentInstance.filtersChange.subscribe((filters) => emitted.push(filters));
    return { fixture, emitted, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('when opened with a query, then the form shows its filters', async () => {
    const { loader } = await render();
    const state = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="filter-state"]' }),
    );
    expect(await state.getValueText()).toBe('中断');
  });

  it('when a city is chosen, then the filters are emitted at once with the rest kept', async () => {
    const { loader, emitted } = await render();
    const city = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="filter-city"]' }),
    );
    await city.open();
    await city.clickOptions({ text: '仙桃市' });
    expect(emitted).toEqual([{ levels: [], states: ['down'], city: '429004', q: '' }]);
  });

  it('when typing, then the search is emitted once, after a pause, trimmed', async () => {
    const { loader, emitted } = await render();
    const search = await loader.getHarness(MatInputHarness);
    await search.setValue('随 ');
    await search.setValue('随州 ');
    expect(emitted).toEqual([]);

    await wait(SEARCH_DEBOUNCE_MS + 100);

    expect(emitted).toEqual([{ levels: [], states: ['down'], city: null, q: '随州' }]);
  });

  it('when the URL brings other filters, then the form follows without emitting', async () => {
    const { fixture, loader, emitted } = await render();
    fixture.componentRef.setInput('query', { ...DEFAULT_UPLINK_QUERY, levels: ['township'] });
    await fixture.whenStable();
    const level = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="filter-level"]' }),
    );
    expect(await level.getValueText()).toBe('乡镇(街道)');
    expect(emitted).toEqual([]);
  });
});
