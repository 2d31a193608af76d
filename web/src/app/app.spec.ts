import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { App } from './app';
import { appRoutes } from './app.routes';
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

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter(
          appRoutes.filter((route) => route.path !== 'links' && route.path !== ''),
          withComponentInputBinding(),
        ),
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

  it('when started, then the navigation lists every domain in Chinese', async () => {
    const { host } = await render();
    expect(navLabels(host)).toEqual([
      '链路',
      '全省概览',
      '上联链路',
      '逐级下钻',
      'IP 地址管理',
      '政务云',
      '专网整合',
      '告警',
      '报表',
      '系统管理',
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
});
