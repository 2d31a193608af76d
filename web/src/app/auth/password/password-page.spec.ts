import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { signedInState } from '../testing/auth-fixtures';
import { type PasswordChangeState, initialPasswordChangeState } from './password-change.feature';
import { PasswordPage } from './password-page';
import { PasswordPageActions } from './password.actions';

describe('PasswordPage', () => {
  let dispatched: Action[];

  async function render(
    options: { isForced?: boolean; passwordChange?: Partial<PasswordChangeState> } = {},
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideMockStore({
          initialState: {
            auth: signedInState(['manager'], { mustChangePassword: options.isForced ?? false }),
            passwordChange: {
              ...initialPasswordChangeState,
              policy: {
                passwordMinLength: 10,
                passwordMinClasses: 3,
                passwordMaxAgeDays: 90,
                passwordHistory: 5,
              },
              ...options.passwordChange,
            },
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
    const fixture = TestBed.createComponent(PasswordPage);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const field = (testId: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));
    const submit = await loader.getHarness(
      MatButtonHarness.with({ selector: '[data-testid="password-submit"]' }),
    );
    return { fixture, host: fixture.nativeElement as HTMLElement, field, submit };
  }

  function ruleStates(host: HTMLElement): (string | null)[] {
    return [...host.querySelectorAll('[data-testid="password-rule"]')].map((rule) =>
      rule.getAttribute('data-met'),
    );
  }

  it('when the change is forced, then the page says why', async () => {
    const { host } = await render({ isForced: true });
    expect(host.querySelector('[data-testid="password-forced"]')?.textContent).toContain(
      '须先修改密码',
    );
  });

  it('when a new password is typed, then the policy rules are checked as the server would', async () => {
    const { host, field, fixture } = await render();
    const rules = host.querySelector('[data-testid="password-rules"]')?.textContent ?? '';
    expect(rules).toContain('至少 10 个字符');
    expect(rules).toContain('不得与最近 5 次使用过的密码相同');
    expect(rules).toContain('密码有效期 90 天');
    expect(ruleStates(host)).toEqual([null, null, null, null, null]);

    await (await field('password-new')).setValue('short');
    await fixture.whenStable();
    expect(ruleStates(host)).toEqual(['false', 'true', 'false', 'true', null]);

    await (await field('password-new')).setValue('Zhang.Wei-2026');
    await fixture.whenStable();
    expect(ruleStates(host)).toEqual(['true', 'true', 'true', 'false', null]);

    await (await field('password-new')).setValue('Hubei-Extranet-2026');
    await fixture.whenStable();
    expect(ruleStates(host)).toEqual(['true', 'true', 'true', 'true', null]);
  });

  it('when the confirmation differs, then the change cannot be submitted', async () => {
    const { field, submit, host, fixture } = await render();
    await (await field('password-current')).setValue('Old-pass-1');
    await (await field('password-new')).setValue('New-pass-2026');
    await (await field('password-confirm')).setValue('New-pass-2025');
    await fixture.whenStable();

    expect(await submit.isDisabled()).toBeTrue();
    expect(host.querySelector('[data-testid="password-mismatch"]')).not.toBeNull();
  });

  it('when the form is complete, then current and new password are submitted', async () => {
    const { field, submit } = await render();
    await (await field('password-current')).setValue('Old-pass-1');
    await (await field('password-new')).setValue('New-pass-2026');
    await (await field('password-confirm')).setValue('New-pass-2026');
    await submit.click();

    expect(dispatched).toContain(
      PasswordPageActions.changeSubmitted({
        currentPassword: 'Old-pass-1',
        newPassword: 'New-pass-2026',
      }),
    );
  });

  it('when the server names unmet rules, then they are marked in the console words', async () => {
    const { host } = await render({
      passwordChange: {
        error: { status: 400, code: 'validation_failed', message: 'password policy' },
        unmetRules: [
          { path: 'newPassword', message: 'must differ from the last 5 passwords', rule: 'reused' },
          { path: 'newPassword', message: 'must be rotated weekly', rule: null },
        ],
      },
    });
    const reused = host.querySelector('[data-testid="password-rule"][data-rule="reused"]');
    expect(reused?.getAttribute('data-met')).toBe('false');
    const others = [...host.querySelectorAll('[data-testid="password-unmet-rule"]')].map((rule) =>
      rule.textContent?.trim(),
    );
    expect(others).toEqual(['must be rotated weekly']);
    expect(host.querySelector('[data-testid="password-error"]')).toBeNull();
  });

  it('when the current password is wrong, then that is said plainly', async () => {
    const { host } = await render({
      passwordChange: {
        error: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
      },
    });
    expect(host.querySelector('[data-testid="password-error"]')?.textContent?.trim()).toBe(
      '当前密码不正确。',
    );
  });
});
