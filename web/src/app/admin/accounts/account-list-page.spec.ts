import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import { AuthApiActions } from '../../auth/auth.actions';
import { authFeature } from '../../auth/auth.feature';
import type { Role } from '../../auth/roles';
import { aMe } from '../../auth/testing/auth-fixtures';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { anAccount, anAccountPage } from '../testing/admin-fixtures';
import * as accountChangesEffects from './account-changes.effects';
import { AccountListPage } from './account-list-page';
import * as accountsEffects from './accounts.effects';
import { accountsFeature } from './accounts.feature';

describe('AccountListPage', () => {
  let http: HttpTestingController;

  async function open(viewerRoles: Role[], url = '/admin/accounts') {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/accounts', component: AccountListPage }]),
        provideStore(),
        provideState(authFeature),
        provideState(accountsFeature),
        provideEffects(accountsEffects, accountChangesEffects),
        // Dialogs close at once, so a confirmation's answer arrives without waiting.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(Store).dispatch(
      AuthApiActions.sessionLoaded({
        session: { authenticated: true, account: aMe({ roles: viewerRoles }) },
      }),
    );
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return {
      harness,
      loader: TestbedHarnessEnvironment.loader(harness.fixture),
      rootLoader: TestbedHarnessEnvironment.documentRootLoader(harness.fixture),
    };
  }

  function expectList(page = '1') {
    return http.expectOne(
      (req) => req.url === '/api/admin/accounts' && req.params.get('page') === page,
    );
  }

  afterEach(() => http.verify());

  it('when opened from a link with filters, then the API gets them and the rows show', async () => {
    const { harness, loader } = await open(['security_admin'], '/admin/accounts?q=li&role=manager');
    const request = expectList();
    expect(request.request.params.get('q')).toBe('li');
    expect(request.request.params.get('role')).toBe('manager');
    expect(request.request.params.get('pageSize')).toBe('25');
    request.flush(anAccountPage([anAccount({ id: 1 }), anAccount({ id: 2, username: 'b' })], 2));
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getCellTextByColumnName())['username'].text).toEqual(['li.na', 'b']);
    const host = harness.routeNativeElement as HTMLElement;
    expect(host.querySelector('[data-testid="account-create"]')).toBeNull();
  });

  it('when a role filter is chosen, then the URL and the request carry it from page 1', async () => {
    const { harness, loader } = await open(['system_admin'], '/admin/accounts?page=3');
    expectList('3').flush(anAccountPage([], 80));
    const role = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="account-role-filter"]' }),
    );
    await role.open();
    await role.clickOptions({ text: '审计管理员' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/accounts?role=audit_admin');
    expect(expectList().request.params.get('role')).toBe('audit_admin');
  });

  it('when the system admin creates an account, then its one-time password is shown once', async () => {
    const { harness, loader, rootLoader } = await open(['system_admin']);
    expectList().flush(anAccountPage([]));
    await (await loader.getHarness(MatButtonHarness.with({ text: /新建账号/ }))).click();

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    const field = (testId: string) =>
      dialog.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));
    await (await field('account-username')).setValue('zhao.lei');
    await (await field('account-display-name')).setValue('赵磊');
    await (await dialog.getHarness(MatButtonHarness.with({ text: '创建' }))).click();

    const create = http.expectOne({ method: 'POST', url: '/api/admin/accounts' });
    expect(create.request.body).toEqual({ username: 'zhao.lei', displayName: '赵磊' });
    create.flush({
      account: anAccount({ id: 30, username: 'zhao.lei', displayName: '赵磊' }),
      oneTimePassword: 'Kp7#q2Lm9x',
    });
    expectList().flush(anAccountPage([anAccount({ id: 30, username: 'zhao.lei' })]));
    await harness.fixture.whenStable();

    const dialogs = await rootLoader.getAllHarnesses(MatDialogHarness);
    expect(dialogs.length).toBe(1);
    const password = document.querySelector('[data-testid="one-time-password"]');
    expect(password?.textContent?.trim()).toBe('Kp7#q2Lm9x');
    expect(await dialogs[0].getText()).toContain('赵磊 (zhao.lei)');
    await dialogs[0].close();
  });

  it('when the server refuses the new account, then the dialog stays open with the reason', async () => {
    const { harness, loader, rootLoader } = await open(['system_admin']);
    expectList().flush(anAccountPage([]));
    await (await loader.getHarness(MatButtonHarness.with({ text: /新建账号/ }))).click();
    const dialog = await rootLoader.getHarness(MatDialogHarness);
    await (
      await dialog.getHarness(
        MatInputHarness.with({ selector: '[data-testid="account-username"]' }),
      )
    ).setValue('li.na');
    await (
      await dialog.getHarness(
        MatInputHarness.with({ selector: '[data-testid="account-display-name"]' }),
      )
    ).setValue('李娜');
    await (await dialog.getHarness(MatButtonHarness.with({ text: '创建' }))).click();

    http
      .expectOne({ method: 'POST', url: '/api/admin/accounts' })
      .flush(
        { error: { code: 'conflict', message: '用户名已存在' } },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();

    expect(await dialog.getText()).toContain('用户名已存在');
    expect((await rootLoader.getAllHarnesses(MatDialogHarness)).length).toBe(1);
    await dialog.close();
  });

  it('when a password is reset and confirmed, then the new one-time password is shown', async () => {
    const { harness, loader, rootLoader } = await open(['system_admin']);
    expectList().flush(anAccountPage([anAccount({ id: 5 })]));
    await harness.fixture.whenStable();
    const [menu] = await loader.getAllHarnesses(MatMenuHarness);
    await menu.open();
    await menu.clickItem({ text: /重置密码/ });

    const confirm = await rootLoader.getHarness(MatDialogHarness);
    expect(await confirm.getText()).toContain('结束其所有会话');
    await (await confirm.getHarness(MatButtonHarness.with({ text: '重置密码' }))).click();
    await harness.fixture.whenStable();

    http
      .expectOne({ method: 'POST', url: '/api/admin/accounts/5/reset-password' })
      .flush({ oneTimePassword: 'Zx8$w1Qe4r' });
    expectList().flush(anAccountPage([anAccount({ id: 5, mustChangePassword: true })]));
    await harness.fixture.whenStable();

    expect(document.querySelector('[data-testid="one-time-password"]')?.textContent?.trim()).toBe(
      'Zx8$w1Qe4r',
    );
    await (await rootLoader.getHarness(MatDialogHarness)).close();
  });
});
