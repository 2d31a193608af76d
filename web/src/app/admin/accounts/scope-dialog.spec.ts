import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { anAccount } from '../testing/admin-fixtures';
import * as accountChangesEffects from './account-changes.effects';
import type { AccountSummary } from './accounts-api.types';
import { accountsFeature } from './accounts.feature';
import { ScopeDialog } from './scope-dialog';
import { SCOPE_UNIT_SEARCH_DEBOUNCE_MS } from './scope-unit-picker';

@Component({ selector: 'app-test-host', template: '' })
class TestHost {}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('ScopeDialog', () => {
  let http: HttpTestingController;

  async function open(account: AccountSummary) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideState(accountsFeature),
        provideEffects(accountChangesEffects),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TestHost);
    TestBed.inject(MatDialog).open(ScopeDialog, { data: account });
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    return { fixture, dialog: await loader.getHarness(MatDialogHarness) };
  }

  afterEach(() => http.verify());

  it('when a unit is searched and picked, then its code is saved as the scope', async () => {
    const { fixture, dialog } = await open(
      anAccount({ id: 4, scope: { unitCode: null, unitName: null, departmentCodes: [] } }),
    );
    const save = await dialog.getHarness(MatButtonHarness.with({ text: '保存' }));
    const picker = await dialog.getHarness(MatAutocompleteHarness);

    await picker.enterText('随州');
    expect(await save.isDisabled()).toBeTrue();
    await wait(SCOPE_UNIT_SEARCH_DEBOUNCE_MS + 50);
    http
      .expectOne((req) => req.url === '/api/admin/units' && req.params.get('q') === '随州')
      .flush({
        items: [
          { code: '4213', name: '随州市', level: 'city', parentCode: '42' },
          { code: '421321', name: '随县', level: 'county', parentCode: '4213' },
        ],
      });
    // The panel opens once the options have arrived (the trigger checks on the next tick).
    await wait(10);
    await fixture.whenStable();
    await picker.selectOption({ text: /随县/ });
    await fixture.whenStable();

    expect(await dialog.getText()).toContain('已选：随县（421321）及下级');
    await save.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/admin/accounts/4/scope' });
    expect(put.request.body).toEqual({ scopeUnitCode: '421321', scopeDepartmentCodes: [] });
    put.flush(anAccount({ id: 4 }));
  });

  it('when the field is emptied, then the scope is the whole province', async () => {
    const { dialog } = await open(anAccount({ id: 5 }));
    const picker = await dialog.getHarness(MatAutocompleteHarness);
    expect(await picker.getValue()).toBe('随州市 4213');

    await picker.clear();
    expect(await dialog.getText()).toContain('已选：全省');
    await (await dialog.getHarness(MatButtonHarness.with({ text: '保存' }))).click();

    const put = http.expectOne({ method: 'PUT', url: '/api/admin/accounts/5/scope' });
    expect(put.request.body).toEqual({ scopeUnitCode: null, scopeDepartmentCodes: [] });
    put.flush(anAccount({ id: 5 }));
  });

  it('when the account allocates resources, then departments can be named', async () => {
    const { fixture, dialog } = await open(
      anAccount({
        id: 6,
        roles: ['resource_allocator'],
        scope: { unitCode: null, unitName: null, departmentCodes: [] },
      }),
    );
    http
      .expectOne(
        (req) => req.url === '/api/admin/units' && req.params.get('level') === 'department',
      )
      .flush({
        items: [
          { code: '42D001', name: '省公安厅', level: 'department', parentCode: '42' },
          { code: '42D002', name: '省卫生健康委', level: 'department', parentCode: '42' },
        ],
      });
    await fixture.whenStable();
    const departments = await dialog.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="scope-departments"]' }),
    );
    await departments.open();
    await departments.clickOptions({ text: '省卫生健康委' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: '保存' }))).click();

    const put = http.expectOne({ method: 'PUT', url: '/api/admin/accounts/6/scope' });
    expect(put.request.body).toEqual({ scopeUnitCode: null, scopeDepartmentCodes: ['42D002'] });
    put.flush(anAccount({ id: 6 }));
  });
});
