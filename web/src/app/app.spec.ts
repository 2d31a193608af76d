import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { App } from './app';
import { appRoutes } from './app.routes';
import type { AuthState } from './auth/auth.feature';
import { UserMenuActions } from './auth/auth.actions';
import type { Role } from './auth/roles';
import { anonymousState, signedInState } from './auth/testing/auth-fixtures';
import { provideI18nForTests } from './i18n/i18n-testing';
import {
  LANGUAGE_STORAGE,
  LANGUAGE_STORAGE_KEY,
  LanguagePreference,
} from './i18n/language-preference';
import { TranslatedTitleStrategy } from './i18n/translated-title-strategy';
import { provideConsoleIcons } from './shell/console-icons';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem'> {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('App shell', () => {
  let storage: MemoryStorage;

  const operatorAndManager: Role[] = ['network_operator', 'manager'];

  async function render(auth: AuthState = signedInState(operatorAndManager)) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        // The shell's live alert counter reads /api/alerts/counts; answered by no one here.
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          appRoutes.filter((route) => route.path !== 'links' && route.path !== ''),
          withComponentInputBinding(),
        ),
        provideMockStore({ initialState: { auth } }),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        { provide: LANGUAGE_STORAGE, useValue: storage },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  function navLabels(host: HTMLElement): string[] {
    return [...host.querySelectorAll('[data-testid="main-nav"] [matListItemTitle]')].map(
      (element) => element.textContent?.trim() ?? '',
    );
  }

  beforeEach(() => {
    storage = new MemoryStorage();
  });

  afterEach(() => TestBed.inject(DOCUMENT).documentElement.setAttribute('lang', 'zh-CN'));

  it('when an operator and manager is signed in, then the navigation lists their domains in Chinese', async () => {
    const { host } = await render();
    expect(navLabels(host)).toEqual([
      '链路',
      '全省概览',
      '上联链路',
      '逐级下钻',
      '接入设备',
      '告警',
      '月度可用率',
      '采集器状态',
      'IP 地址管理',
      '政务云',
      '专网整合',
      '报表',
    ]);
    expect(host.querySelector('.app-name')?.textContent?.trim()).toBe('湖北省电子政务外网运维平台');
  });

  it('when English is chosen, then labels, <html lang> and the stored choice follow', async () => {
    const { fixture, host } = await render();
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="language-switch"]' }),
    );
    await menu.open();
    await menu.clickItem({ text: 'English' });
    await fixture.whenStable();

    expect(navLabels(host)[0]).toBe('Links');
    expect(host.querySelector('[data-testid="language-switch"]')?.textContent).toContain('English');
    expect(TestBed.inject(DOCUMENT).documentElement.getAttribute('lang')).toBe('en');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('when a language was stored, then it is restored at start-up', async () => {
    storage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const { fixture, host } = await render();
    await TestBed.inject(LanguagePreference).restore();
    await fixture.whenStable();
    expect(navLabels(host)[1]).toBe('Province overview');
  });

  it('when a planned domain is opened, then it says so and the title is translated', async () => {
    const { fixture, host } = await render();
    await TestBed.inject(Router).navigateByUrl('/ipam');
    await fixture.whenStable();
    const planned = host.querySelector('[data-testid="planned-page"]');
    expect(planned?.textContent).toContain('规划中，尚未上线');
    expect(planned?.textContent).toContain('IPv4/IPv6');
    expect(TestBed.inject(Title).getTitle()).toBe('IP 地址管理 · 湖北省电子政务外网运维平台');
  });

  it('when the security admin is signed in, then only the admin pages are listed', async () => {
    const { host } = await render(signedInState(['security_admin']));
    expect(navLabels(host)).toEqual(['系统管理', '账号管理', '会话管理', '安全策略']);
  });

  it('when the system admin is signed in, then links and accounts but not policy or audit are listed', async () => {
    const { host } = await render(signedInState(['system_admin']));
    expect(navLabels(host)).toEqual([
      '链路',
      '全省概览',
      '上联链路',
      '逐级下钻',
      '接入设备',
      '告警',
      '月度可用率',
      '采集器状态',
      '系统管理',
      '账号管理',
      '会话管理',
    ]);
  });

  it('when the audit admin is signed in, then only the audit trail is listed', async () => {
    const { host } = await render(signedInState(['audit_admin']));
    expect(navLabels(host)).toEqual(['审计日志']);
    expect(host.querySelector('[data-testid="nav-audit"]')?.getAttribute('href')).toBe('/audit');
  });

  it('when signed out, then neither navigation nor user menu is shown', async () => {
    const { host } = await render(anonymousState);
    expect(host.querySelector('[data-testid="main-nav"]')).toBeNull();
    expect(host.querySelector('[data-testid="nav-toggle"]')).toBeNull();
    expect(host.querySelector('[data-testid="user-menu"]')).toBeNull();
  });

  it('when a password change is pending, then the navigation is hidden but sign-out stays', async () => {
    const { host } = await render(signedInState(['manager'], { mustChangePassword: true }));
    expect(host.querySelector('[data-testid="main-nav"]')).toBeNull();
    expect(host.querySelector('[data-testid="user-menu"]')).not.toBeNull();
  });

  it('when signed in, then the toolbar names the user and roles, and its menu signs out', async () => {
    const { fixture, host } = await render();
    const dispatched: Action[] = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
    const trigger = host.querySelector('[data-testid="user-menu"]');
    expect(trigger?.textContent).toContain('张伟');
    const roles = [...host.querySelectorAll('[data-testid="user-role"]')].map((role) =>
      role.textContent?.trim(),
    );
    expect(roles).toEqual(['网络运维', '管理者']);

    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatMenuHarness.with({ selector: '[data-testid="user-menu"]' }),
    );
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));
    expect(items.length).toBe(5);
    expect(items).toContain('双因素认证');
    await menu.clickItem({ text: /退出登录/ });

    expect(dispatched).toContain(UserMenuActions.signOutClicked());
  });

  it('when a page the roles do not allow is opened, then access is denied at that URL', async () => {
    const { fixture, host } = await render(signedInState(['audit_admin']));
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/ipam');
    await fixture.whenStable();
    expect(host.querySelector('[data-testid="access-denied"]')?.textContent).toContain('无权访问');
    expect(host.querySelector('[data-testid="planned-page"]')).toBeNull();
  });
});
