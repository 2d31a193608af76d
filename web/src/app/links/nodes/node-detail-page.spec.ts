import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authFeature } from '../../auth/auth.feature';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { NodeDetailPage } from './node-detail-page';
import { NodeDetailPageActions } from './node-detail.actions';
import { initialNodeDetailState, nodeInterfacesAdapter } from './node-detail.feature';
import { aNode, aNodeDetail } from './node-fixtures';

function stateWith(overrides: Parameters<typeof aNode>[0] = {}) {
  const { interfaces, ...node } = aNodeDetail(overrides);
  return nodeInterfacesAdapter.setAll(interfaces, {
    ...initialNodeDetailState,
    selectedId: 7,
    node,
  });
}

describe('NodeDetailPage', () => {
  let dispatched: Action[];
  let store: MockStore;

  function setUp(roles: string[], nodeDetail = stateWith()) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter(
          [{ path: 'links/nodes/:id', component: NodeDetailPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: { nodeDetail },
          selectors: [{ selector: authFeature.selectRoles, value: roles }],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    dispatched = [];
    store.scannedActions$.subscribe((action) => dispatched.push(action));
  }

  afterEach(() => store.resetSelectors());

  it('when opened, then the node of the URL is requested', async () => {
    setUp(['network_operator']);
    await RouterTestingHarness.create('/links/nodes/7');
    expect(dispatched).toContain(NodeDetailPageActions.opened({ id: 7 }));
  });

  it('when loaded, then identity, polling state and every interface are shown', async () => {
    setUp(['network_operator']);
    const harness = await RouterTestingHarness.create('/links/nodes/7');
    const text = (harness.routeNativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('H3C SR6608-X');
    expect(text).toContain('1.3.6.1.4.1.25506.1.1652');
    expect(text).toContain('可达');
    const table = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatTableHarness.with({ selector: '[data-testid="interface-table"]' }),
    );
    const rows = await table.getCellTextByColumnName();
    expect(rows['ifIndex'].text).toEqual(['1', '已消失']);
    expect(rows['physAddress'].text[0]).toBe('3c:8c:40:00:07:01');
    expect(rows['member'].text[0]).toBe('成员1（中国电信）');
    expect(rows['lastSkip'].text[1]).toContain('接口索引已变化');
    expect(rows['ifAlias'].text[1]).toContain('HEX');
  });

  it('when "discover now" is clicked, then a discovery is asked; while one runs it is disabled', async () => {
    setUp(['network_operator']);
    const harness = await RouterTestingHarness.create('/links/nodes/7');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const button = await loader.getHarness(
      MatButtonHarness.with({ selector: '[data-testid="discover-now"]' }),
    );
    await button.click();
    expect(dispatched).toContain(NodeDetailPageActions.discoverNowClicked());

    store.setState({
      nodeDetail: stateWith({
        discovery: { ...aNode().discovery, status: 'running', reason: 'on_demand' },
      }),
    });
    harness.fixture.detectChanges();
    expect(await button.isDisabled()).toBeTrue();
    expect(
      harness.routeNativeElement?.querySelector('[data-testid="discovery-progress"]'),
    ).not.toBeNull();
  });

  it('when another text encoding is chosen, then it is sent to be saved', async () => {
    setUp(['system_admin']);
    const harness = await RouterTestingHarness.create('/links/nodes/7');
    const select = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="encoding-select"]' }),
    );
    await select.open();
    await select.clickOptions({ text: 'GB18030' });
    expect(dispatched).toContain(
      NodeDetailPageActions.textEncodingChanged({ textEncoding: 'gb18030' }),
    );
  });

  it('when the account may only read, then there is no button and the encoding is locked', async () => {
    setUp(['manager']);
    const harness = await RouterTestingHarness.create('/links/nodes/7');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ selector: '[data-testid="discover-now"]' }),
      ),
    ).toEqual([]);
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="encoding-select"]' }),
    );
    expect(await select.isDisabled()).toBeTrue();
  });
});
