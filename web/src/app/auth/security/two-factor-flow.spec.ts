import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { authFeature } from '../auth.feature';
import { aMe, signedInState } from '../testing/auth-fixtures';
import { TwoFactorPage } from './two-factor-page';
import * as totpSettingsEffects from './totp-settings.effects';
import { totpSettingsFeature } from './totp-settings.feature';

const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXP',
  otpauthUrl: 'otpauth://totp/extranet:zhang.wei?secret=JBSWY3DPEHPK3PXP',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

/** The page against the real store, effects and API service, the server played by the test. */
describe('TwoFactorPage with the API', () => {
  async function render(totpEnabled: boolean) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(
          { [authFeature.name]: authFeature.reducer },
          { initialState: { [authFeature.name]: signedInState(['manager'], { totpEnabled }) } },
        ),
        provideState(totpSettingsFeature),
        provideEffects(totpSettingsEffects),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TwoFactorPage);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const host = fixture.nativeElement as HTMLElement;
    return {
      http,
      fixture,
      byTestId: (testId: string) => host.querySelector(`[data-testid="${testId}"]`),
      button: (testId: string) =>
        loader.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` })),
      input: (testId: string) =>
        loader.getHarness(MatInputHarness.with({ selector: `[data-testid="${testId}"]` })),
    };
  }

  it('when enrolment is confirmed with a code, then the account shows TOTP on', async () => {
    const { http, fixture, byTestId, button, input } = await render(false);

    await (await button('totp-start')).click();
    const secret = http.expectOne({ method: 'POST', url: '/api/auth/totp/secret' });
    expect(secret.request.body).toEqual({});
    secret.flush(ENROLMENT);
    await fixture.whenStable();
    expect(byTestId('totp-self-secret')?.textContent?.trim()).toBe(ENROLMENT.secret);

    await (await input('totp-self-code')).setValue('123456');
    await (await button('totp-self-confirm')).click();
    const enroll = http.expectOne({ method: 'POST', url: '/api/auth/totp/enroll' });
    expect(enroll.request.body).toEqual({ code: '123456' });
    const account = aMe({ roles: ['manager'], totpEnabled: true });
    enroll.flush({ status: 'signed_in', account });
    http.expectOne('/api/auth/session').flush({ authenticated: true, account });
    await fixture.whenStable();

    expect(byTestId('totp-status')?.textContent).toContain('已开启');
    expect(byTestId('totp-self-qr')).toBeNull();
    expect(byTestId('totp-disable')).not.toBeNull();
    http.verify();
  });

  it('when turned off with the password, then the body carries it and TOTP shows off', async () => {
    const { http, fixture, byTestId, button, input } = await render(true);

    await (await input('totp-disable-password')).setValue('Current-pass-1');
    await (await button('totp-disable')).click();
    const disable = http.expectOne({ method: 'DELETE', url: '/api/auth/totp' });
    expect(disable.request.body).toEqual({ password: 'Current-pass-1' });
    disable.flush(null, { status: 204, statusText: 'No Content' });
    http
      .expectOne('/api/auth/session')
      .flush({ authenticated: true, account: aMe({ roles: ['manager'], totpEnabled: false }) });
    await fixture.whenStable();

    expect(byTestId('totp-status')?.textContent).toContain('未开启');
    expect(byTestId('totp-start')).not.toBeNull();
    http.verify();
  });
});
