import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { NodeListPage } from './node-list-page';
import { NodeListPageActions } from './node-list.actions';
import { initialNodeListState, nodeListAdapter } from './node-list.feature';
import { aNode } from './node-fixtures';
import { DEFAULT_NODE_LIST_QUERY } from './nodes-api.types';

describe('NodeListPage', () => {
  let dispatched: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter([{ path: 'links/nodes', component: NodeListPage }]),
        provideMockStore({
          initialState: {
            nodeList: nodeListAdapter.setAll(
              [
                aNode(),
                aNode({
                  id: 8,
                  hostname: 'HB-421303-R01',
                  sysName: 'HB-421303-R01',
                  reachability: 'unreachable',
                  consecutiveFailures: 4,
                  discovery: { ...aNode().discovery, status: 'failed' },
                }),
              ],
              { ...initialNodeListState, matchCount: 2 },
            ),
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
  });

  it('when opened from a shared link, then its query is asked for and each node is a row', async () => {
    const harness = await RouterTestingHarness.create(
      '/links/nodes?q=随州&reachability=unreachable',
    );
    expect(dispatched).toContain(
      NodeListPageActions.urlQueryChanged({
        query: { ...DEFAULT_NODE_LIST_QUERY, q: '随州', reachability: ['unreachable'] },
      }),
    );
    const table = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatTableHarness,
    );
    const cells = await table.getCellTextByColumnName();
    expect(cells['hostname'].text).toEqual(['HB-4213-R01', 'HB-421303-R01']);
    expect(cells['reachability'].text[1]).toBe('不可达 ×4');
    expect(cells['discoveredAt'].text[1]).toContain('失败');
  });

  it('when a column header is clicked, then the server is asked to sort by it', async () => {
    const harness = await RouterTestingHarness.create('/links/nodes');
    const sort = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(MatSortHarness);
    const [header] = await sort.getSortHeaders({ label: '设备名' });
    await header!.click();
    expect(dispatched).toContain(
      NodeListPageActions.sortChanged({ sort: 'hostname', order: 'asc' }),
    );
  });

  it('when a reachability filter is chosen, then the filters change', async () => {
    const harness = await RouterTestingHarness.create('/links/nodes');
    const select = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="reachability-filter"]' }),
    );
    await select.open();
    await select.clickOptions({ text: '不可达' });
    expect(dispatched).toContain(
      NodeListPageActions.filtersChanged({ reachability: ['unreachable'], discovery: [] }),
    );
  });
});
