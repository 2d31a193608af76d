import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { SignInPageActions } from '../auth.actions';
import { type AuthState, SignInStep } from '../auth.feature';
import { anonymousState } from '../testing/auth-fixtures';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let store: MockStore;
  let dispatched: Action[];

  async function open(auth: Partial<AuthState> = {}, url = '/sign-in') {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter([{ path: 'sign-in', component: SignInPage }]),
        provideMockStore({ initialState: { auth: { ...anonymousState, ...auth } } }),
      ],
    });
    store = TestBed.inject(MockStore);
    dispatched = [];
    store.scannedActions$.subscribe((action) => dispatched.push(action));
    const harness = await RouterTestingHarness.create(url);
    return {
      harness,
      host: harness.routeNativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(harness.fixture),
    };
  }

  function input(loader: ReturnType<typeof TestbedHarnessEnvironment.loader>, testId: string) {
    return loader.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` }));
  }

  it('when opened with a return URL, then the page reports it (checked to stay in the console)', async () => {
    await open({}, '/sign-in?returnUrl=%2Flinks%2Fuplinks');
    expect(dispatched).toContain(SignInPageActions.opened({ returnUrl: '/links/uplinks' }));
  });

  it('when username and password are entered, then they are submitted', async () => {
    const { loader } = await open();
    const submit = await loader.getHarness(MatButtonHarness.with({ text: '登录' }));
    expect(await submit.isDisabled()).toBeTrue();

    await (await input(loader, 'sign-in-username')).setValue(' zhang.wei ');
    await (await input(loader, 'sign-in-password')).setValue('Secret-2026');
    expect(await submit.isDisabled()).toBeFalse();
    await submit.click();

    expect(dispatched).toContain(
      SignInPageActions.credentialsSubmitted({ username: 'zhang.wei', password: 'Secret-2026' }),
    );
  });

  it('when the server refused the credentials, then its message shows inline', async () => {
    const { host } = await open({
      signInError: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
    });
    expect(host.querySelector('[data-testid="sign-in-error"]')?.textContent?.trim()).toBe(
      '用户名或密码错误',
    );
  });

  it('when the source is throttled, then the wait is shown', async () => {
    const { host } = await open({
      signInError: { status: 429, code: 'too_many_attempts', message: '' },
      retryAfterSeconds: 90,
    });
    expect(host.querySelector('[data-testid="sign-in-error"]')?.textContent).toContain(
      '请 90 秒后再试',
    );
  });

  it('when the TOTP step is due, then a 6-digit code is asked for and submitted', async () => {
    const { host, loader } = await open({ signInStep: SignInStep.Totp });
    expect(host.querySelector('[data-testid="sign-in-username"]')).toBeNull();
    const code = await input(loader, 'totp-code');
    const submit = await loader.getHarness(
      MatButtonHarness.with({ selector: '[data-testid="totp-submit"]' }),
    );

    await code.setValue('12345');
    expect(await submit.isDisabled()).toBeTrue();
    await code.setValue('123456');
    await submit.click();

    expect(dispatched).toContain(SignInPageActions.totpCodeSubmitted({ code: '123456' }));
  });

  it('when TOTP must be enrolled, then the QR code is an image and the secret is text', async () => {
    const qrSvg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const { host, loader } = await open({
      signInStep: SignInStep.TotpEnrolment,
      enrolment: { secret: 'JBSWY3DPEHPK3PXP', otpauthUrl: 'otpauth://totp/x', qrSvg },
    });
    const qr = host.querySelector<HTMLImageElement>('[data-testid="totp-enrolment-qr"]');
    expect(qr?.tagName).toBe('IMG');
    expect(qr?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('[data-testid="totp-enrolment-secret"]')?.textContent?.trim()).toBe(
      'JBSWY3DPEHPK3PXP',
    );

    await (await input(loader, 'totp-code')).setValue('654321');
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="totp-submit"]' }))
    ).click();
    expect(dispatched).toContain(SignInPageActions.enrolmentCodeSubmitted({ code: '654321' }));
  });
});
