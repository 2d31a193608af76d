import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import type { Me } from '../auth-api.types';
import { signedInState } from '../testing/auth-fixtures';
import { TwoFactorPage } from './two-factor-page';
import { TwoFactorPageActions } from './totp-settings.actions';
import {
  TotpRequest,
  type TotpSettingsState,
  initialTotpSettingsState,
} from './totp-settings.feature';

const enrolment = {
  secret: 'JBSWY3DPEHPK3PXP',
  otpauthUrl: 'otpauth://totp/extranet:zhang.wei?secret=JBSWY3DPEHPK3PXP',
  qrSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M0 0h7v7H0z"/></svg>',
};

describe('TwoFactorPage', () => {
  let dispatched: Action[];

  async function render(me: Partial<Me>, totpSettings: Partial<TotpSettingsState> = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideMockStore({
          initialState: {
            auth: signedInState(['network_operator'], me),
            totpSettings: { ...initialTotpSettingsState, ...totpSettings },
          },
        }),
      ],
    });
    dispatched = [];
    TestBed.inject(MockStore).scannedActions$.subscribe((action) => dispatched.push(action));
    const fixture = TestBed.createComponent(TwoFactorPage);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const host = fixture.nativeElement as HTMLElement;
    const byTestId = (testId: string) => host.querySelector(`[data-testid="${testId}"]`);
    const button = (testId: string) =>
      loader.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` }));
    const input = (testId: string) =>
      loader.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));
    return { fixture, loader, host, byTestId, button, input };
  }

  it('when TOTP is required for an admin duty, then it is explained and cannot be turned off', async () => {
    const { byTestId } = await render({
      roles: ['system_admin'],
      totpEnabled: true,
      totpRequired: true,
    });

    expect(byTestId('totp-status')?.textContent).toContain('已开启');
    expect(byTestId('totp-required-note')?.textContent).toContain('不能关闭');
    expect(byTestId('totp-disable')).toBeNull();
    expect(byTestId('totp-disable-password')).toBeNull();
    expect(byTestId('totp-start')).toBeNull();
  });

  it('when TOTP is on and optional, then it is turned off with the current password', async () => {
    const { byTestId, button, input } = await render({ totpEnabled: true });
    expect(byTestId('totp-required-note')).toBeNull();
    const disable = await button('totp-disable');
    expect(await disable.isDisabled()).toBeTrue();

    await (await input('totp-disable-password')).setValue('Current-pass-1');
    await disable.click();

    expect(dispatched).toContain(
      TwoFactorPageActions.disableSubmitted({ password: 'Current-pass-1' }),
    );
  });

  it('when TOTP is off, then enrolment can be started', async () => {
    const { byTestId, button } = await render({ totpEnabled: false });
    expect(byTestId('totp-status')?.textContent).toContain('未开启');
    expect(byTestId('totp-self-qr')).toBeNull();

    await (await button('totp-start')).click();

    expect(dispatched).toContain(TwoFactorPageActions.startClicked());
  });

  it('when the secret has come, then the QR code is an image and the secret is shown', async () => {
    const { byTestId, button, input } = await render({ totpEnabled: false }, { enrolment });
    const qr = byTestId('totp-self-qr') as HTMLImageElement;
    expect(qr.tagName).toBe('IMG');
    expect(qr.getAttribute('src')).toBe(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`,
    );
    expect(byTestId('totp-self-qr')?.querySelector('svg')).toBeNull();
    expect(byTestId('totp-self-secret')?.textContent?.trim()).toBe('JBSWY3DPEHPK3PXP');
    expect(byTestId('totp-start')).toBeNull();

    await (await input('totp-self-code')).setValue('123456');
    await (await button('totp-self-confirm')).click();

    expect(dispatched).toContain(TwoFactorPageActions.codeSubmitted({ code: '123456' }));
  });

  it('when the code was refused, then the code field says so until another is typed', async () => {
    const { fixture, loader, button, input } = await render({ totpEnabled: false }, { enrolment });
    const code = await input('totp-self-code');
    await code.setValue('123456');
    await (await button('totp-self-confirm')).click();
    TestBed.inject(MockStore).setState({
      auth: signedInState(['network_operator']),
      totpSettings: {
        ...initialTotpSettingsState,
        enrolment,
        failure: {
          request: TotpRequest.Confirm,
          error: { status: 400, code: 'validation_failed', message: 'invalid code' },
          fields: [{ path: 'code', message: 'the code does not match', rule: null }],
        },
      },
    });
    await fixture.whenStable();

    const field = await loader.getHarness(
      MatFormFieldHarness.with({ selector: ':has([data-testid="totp-self-code"])' }),
    );
    expect(await field.getTextErrors()).toEqual(['验证码不正确，请输入应用当前显示的验证码。']);
    expect(await (await button('totp-self-confirm')).isDisabled()).toBeTrue();

    await code.setValue('654321');
    expect(await field.getTextErrors()).toEqual([]);
    expect(await (await button('totp-self-confirm')).isDisabled()).toBeFalse();
  });

  it('when the password was wrong, then the password field says so', async () => {
    const { fixture, loader, byTestId, button, input } = await render({ totpEnabled: true });
    await (await input('totp-disable-password')).setValue('Wrong-pass-1');
    await (await button('totp-disable')).click();
    TestBed.inject(MockStore).setState({
      auth: signedInState(['network_operator'], { totpEnabled: true }),
      totpSettings: {
        ...initialTotpSettingsState,
        failure: {
          request: TotpRequest.Disable,
          error: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
          fields: [],
        },
      },
    });
    await fixture.whenStable();

    const field = await loader.getHarness(
      MatFormFieldHarness.with({ selector: ':has([data-testid="totp-disable-password"])' }),
    );
    expect(await field.getTextErrors()).toEqual(['当前密码不正确。']);
    expect(byTestId('totp-error')).toBeNull();
  });

  it('when a request runs, then progress shows and the buttons wait', async () => {
    const { loader, button } = await render({ totpEnabled: false }, { pending: TotpRequest.Start });
    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveSize(1);
    expect(await (await button('totp-start')).isDisabled()).toBeTrue();
  });

  it('when a request fails for another reason, then the page says why', async () => {
    const { byTestId } = await render(
      { totpEnabled: false },
      {
        failure: {
          request: TotpRequest.Start,
          error: { status: 0, code: 'network', message: '' },
          fields: [],
        },
      },
    );
    expect(byTestId('totp-error')?.textContent?.trim()).toBe('无法连接服务器，请检查网络。');
  });
});
