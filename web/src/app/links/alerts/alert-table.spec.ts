import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { DEFAULT_ALERT_QUERY } from './alert-query';
import { AlertTable } from './alert-table';
import { anAlert } from './testing/alert-fixtures';

describe('AlertTable', () => {
  async function render(canAcknowledge: boolean) {
    TestBed.configureTestingModule({ providers: [provideI18nForTests()] });
    const fixture = TestBed.createComponent(AlertTable);
    fixture.componentRef.setInput('rows', [
      anAlert({ id: 1 }),
      anAlert({
        id: 2,
        severity: 'major',
        kind: 'redundancy_lost',
        isFlapping: true,
        acknowledgement: { at: '2026-11-23T08:00:00Z', by: 'lina', comment: '处理中' },
      }),
    ]);
    fixture.componentRef.setInput('matchCount', 2);
    fixture.componentRef.setInput('query', DEFAULT_ALERT_QUERY);
    fixture.componentRef.setInput('canAcknowledge', canAcknowledge);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('when rows are shown, then severity, kind and status read in Chinese with flapping marked', async () => {
    const { loader } = await render(true);
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['severity']!.text).toEqual(['紧急', '重要']);
    expect(rows['kind']!.text).toEqual(['上联中断', '冗余丢失']);
    expect(rows['status']!.text[1]).toContain('抖动中');
  });

  it('when the operator clicks acknowledge or unacknowledge, then the row is reported up', async () => {
    const { fixture, loader } = await render(true);
    const acknowledged: number[] = [];
    const taken: number[] = [];
    fixture.componentInstance.acknowledge.subscribe((alert) => acknowledged.push(alert.id));
    fixture.componentInstance.unacknowledge.subscribe((alert) => taken.push(alert.id));
    await (await loader.getHarness(MatButtonHarness.with({ text: '确认' }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: '取消确认' }))).click();
    expect(acknowledged).toEqual([1]);
    expect(taken).toEqual([2]);
  });

  it('when the account may not acknowledge, then no acknowledge button is shown', async () => {
    const { loader } = await render(false);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: '确认' }))).toEqual([]);
  });

  it('when a header is sorted, then the sort is reported up', async () => {
    const { fixture, loader } = await render(true);
    const sorts: unknown[] = [];
    fixture.componentInstance.sortChange.subscribe((sort) => sorts.push(sort));
    const sort = await loader.getHarness(MatSortHarness);
    const [severityHeader] = await sort.getSortHeaders({ label: '级别' });
    await severityHeader!.click();
    expect(sorts).toEqual([{ sort: 'severity', order: 'asc' }]);
  });
});
