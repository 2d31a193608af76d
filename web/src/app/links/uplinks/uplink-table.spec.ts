import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { TranslatedPaginatorIntl } from '../../i18n/translated-paginator-intl';
import { anUplink } from '../testing/links-fixtures';
import { DEFAULT_UPLINK_QUERY } from './uplink-query';
import { UplinkTable } from './uplink-table';

describe('UplinkTable', () => {
  async function render(query = DEFAULT_UPLINK_QUERY) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideRouter([]),
        { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
      ],
    });
    const fixture = TestBed.createComponent(UplinkTable);
    fixture.componentRef.setInput('rows', [
      anUplink({ id: 1, state: 'redundancy_lost', stateReason: '成员 2 中断', utilisation: 0.95 }),
      anUplink({
        id: 2,
        child: { code: '421321', name: '随县', level: 'county' },
        inBps: null,
        outBps: 12_345_678,
        utilisation: null,
      }),
    ]);
    fixture.componentRef.setInput('matchCount', 120);
    fixture.componentRef.setInput('query', query);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('when rows are given, then each is a table row with translated state and readable rates', async () => {
    const { loader } = await render();
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();

    expect(rows['name'].text).toEqual(['曾都区 421303', '随县 421321']);
    expect(rows['level'].text).toEqual(['县(市、区)', '县(市、区)']);
    expect(rows['state'].text).toEqual(['冗余丢失', '达标']);
    expect(rows['inBps'].text).toEqual(['850 Mbps', '—']);
    expect(rows['outBps'].text).toEqual(['1.25 Gbps', '12.3 Mbps']);
    expect(rows['utilisation'].text).toEqual(['95%', '—']);
    expect(rows['members'].text).toEqual(['2 / 2', '2 / 2']);
  });

  it('when rendered, then state chips carry their state for styling and tests', async () => {
    const { fixture, loader } = await render();
    const chips = await loader.getAllHarnesses(MatChipHarness);
    expect(await chips[0].getText()).toBe('冗余丢失');
    const host = fixture.nativeElement as HTMLElement;
    const chip = host.querySelector('[data-testid="uplink-row"] [data-testid="state-chip"]');
    expect(chip?.getAttribute('data-state')).toBe('redundancy_lost');
    expect(chip?.classList).toContain('state-redundancy_lost');
  });

  it('when a sortable header is clicked, then the API sort key and order are emitted', async () => {
    const { fixture, loader } = await render();
    const emitted: unknown[] = [];
    fixture.componentInstance.sortChange.subscribe((change) => emitted.push(change));
    const sort = await loader.getHarness(MatSortHarness);

    const [utilisation] = await sort.getSortHeaders({ label: '利用率' });
    await utilisation.click();

    expect(emitted).toEqual([{ sort: 'utilisation', order: 'asc' }]);
  });

  it('when the query is sorted, then the header shows the active sort', async () => {
    const { loader } = await render({ ...DEFAULT_UPLINK_QUERY, sort: 'inBps', order: 'desc' });
    const sort = await loader.getHarness(MatSortHarness);
    const active = await sort.getActiveHeader();
    expect(await active?.getLabel()).toBe('入方向');
    expect(await active?.getSortDirection()).toBe('desc');
  });

  it('when paging, then 1-based pages and the page size are emitted', async () => {
    const { fixture, loader } = await render();
    const emitted: unknown[] = [];
    fixture.componentInstance.pageChange.subscribe((change) => emitted.push(change));
    const paginator = await loader.getHarness(MatPaginatorHarness);

    expect(await paginator.getRangeLabel()).toBe('第 1–25 条，共 120 条');
    await paginator.goToNextPage();
    await paginator.setPageSize(50);

    expect(emitted).toEqual([
      { page: 2, pageSize: 25 },
      { page: 1, pageSize: 50 },
    ]);
  });
});
