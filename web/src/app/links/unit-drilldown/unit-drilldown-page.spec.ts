import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { aUnit } from '../testing/links-fixtures';
import { UnitDrilldownPage } from './unit-drilldown-page';
import { UnitDrilldownPageActions } from './unit-drilldown.actions';
import { initialUnitDrilldownState, unitsAdapter } from './unit-drilldown.feature';

describe('UnitDrilldownPage', () => {
  let dispatched: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter(
          [{ path: 'links/units/:code', component: UnitDrilldownPage }],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            unitDrilldown: unitsAdapter.setAll([aUnit()], {
              ...initialUnitDrilldownState,
              selectedCode: '4213',
            }),
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
  });

  it('when a unit is open, then breadcrumbs lead from the province to it', async () => {
    const harness = await RouterTestingHarness.create('/links/units/4213');
    const host = harness.routeNativeElement as HTMLElement;
    const crumbs = [...host.querySelectorAll('[data-testid="breadcrumb"]')];
    expect(crumbs.map((crumb) => crumb.textContent?.trim())).toEqual(['湖北省', '随州市']);
    expect(crumbs[0].getAttribute('href')).toBe('/links/units/42');
    expect(dispatched).toContain(UnitDrilldownPageActions.opened({ code: '4213' }));
  });

  it('when a unit is open, then its children show their uplink state and subtree', async () => {
    const harness = await RouterTestingHarness.create('/links/units/4213');
    const table = await TestbedHarnessEnvironment.loader(harness.fixture).getHarness(
      MatTableHarness.with({ selector: '[data-testid="unit-children"]' }),
    );
    const cells = await table.getCellTextByColumnName();
    expect(cells['name'].text.map((text) => text.replace(/\s+/g, ''))).toEqual([
      '曾都区421303',
      '随县421321',
    ]);
    expect(cells['uplink'].text).toEqual(['冗余丢失', '无上联']);
    expect(cells['subtotal'].text).toEqual(['21', '0']);
    expect(cells['subtree'].text[0].replace(/\s+/g, ' ')).toBe('达标 19 冗余丢失 2');
  });

  it('when a child row is clicked, then the page drills into it', async () => {
    const harness = await RouterTestingHarness.create('/links/units/4213');
    const host = harness.routeNativeElement as HTMLElement;
    host
      .querySelector<HTMLElement>('[data-testid="unit-child-row"][data-unit-code="421303"]')
      ?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/links/units/421303');
    expect(dispatched).toContain(UnitDrilldownPageActions.opened({ code: '421303' }));
  });

  it('when the unit has an uplink, then its summary links to the uplink page', async () => {
    const harness = await RouterTestingHarness.create('/links/units/4213');
    const link = (harness.routeNativeElement as HTMLElement).querySelector(
      '[data-testid="unit-uplink-link"]',
    );
    expect(link?.getAttribute('href')).toBe('/links/uplinks/5');
  });
});
