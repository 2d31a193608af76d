import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '../../auth/roles';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { anAccount } from '../testing/admin-fixtures';
import { AccountTable } from './account-table';
import { DEFAULT_ACCOUNT_QUERY } from './accounts-query';

describe('AccountTable', () => {
  async function render(viewerRoles: Role[]) {
    TestBed.configureTestingModule({
      providers: [provideI18nForTests(), provideConsoleIcons(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(AccountTable);
    fixture.componentRef.setInput('rows', [
      anAccount({ id: 1 }),
      anAccount({
        id: 2,
        username: 'sec.admin',
        displayName: '王芳',
        roles: ['security_admin'],
        scope: { unitCode: null, unitName: null, departmentCodes: [] },
        isDisabled: true,
        isLocked: true,
        lockedUntil: '2026-11-22T02:00:00.000Z',
        totpEnabled: true,
        lastSignInAt: null,
      }),
    ]);
    fixture.componentRef.setInput('matchCount', 2);
    fixture.componentRef.setInput('query', DEFAULT_ACCOUNT_QUERY);
    fixture.componentRef.setInput('viewerRoles', viewerRoles);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('when accounts are given, then each is a row with roles, scope and status in words', async () => {
    const { fixture, loader } = await render(['system_admin']);
    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();

    expect(cells['username'].text).toEqual(['li.na', 'sec.admin']);
    expect(cells['roles'].text).toEqual(['网络运维', '安全管理员']);
    expect(cells['scope'].text).toEqual(['随州市 4213', '全省']);
    expect(cells['status'].text.map((text) => text.replace(/\s+/g, ' '))).toEqual([
      '正常',
      '已停用 已锁定',
    ]);
    expect(cells['totp'].text).toEqual(['未启用', '已启用']);
    expect(cells['lastSignInAt'].text[1]).toBe('—');
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelectorAll('[data-testid="account-row"]').length).toBe(2);
  });

  it('when the system admin opens a row menu, then disable and reset are offered, not roles', async () => {
    const { fixture, loader } = await render(['system_admin']);
    const emitted: unknown[] = [];
    fixture.componentInstance.act.subscribe((event) => emitted.push(event));
    const [menu] = await loader.getAllHarnesses(MatMenuHarness);
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));

    expect(items).toEqual(['停用', '重置密码', '查看会话']);

    await menu.clickItem({ text: /重置密码/ });
    expect(emitted).toEqual([{ action: 'resetPassword', account: anAccount({ id: 1 }) }]);
  });

  it('when the security admin opens a locked account menu, then roles, scope and unlock are offered', async () => {
    const { loader } = await render(['security_admin']);
    const menus = await loader.getAllHarnesses(MatMenuHarness);
    await menus[1].open();
    const items = (
      await Promise.all((await menus[1].getItems()).map((item) => item.getText()))
    ).join();

    expect(items).toContain('分配角色');
    expect(items).toContain('设置管理范围');
    expect(items).toContain('解锁');
    expect(items).toContain('重置双因素认证');
    expect(items).not.toContain('重置密码');
  });
});
