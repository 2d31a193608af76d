import { HttpErrorResponse } from '@angular/common/http';
import { Actions } from '@ngrx/effects';
import { type Observable, Subject, of, throwError } from 'rxjs';
import type { AuthApi } from '../auth-api';
import type { SessionNotices } from '../session-notices';
import { aMe } from '../testing/auth-fixtures';
import { TwoFactorApiActions, TwoFactorPageActions } from './totp-settings.actions';
import {
  confirmTotpEnrolment,
  disableTotp,
  notifyTotpChange,
  startTotpEnrolment,
} from './totp-settings.effects';

const enrolment = {
  secret: 'JBSWY3DPEHPK3PXP',
  otpauthUrl: 'otpauth://totp/extranet:zhang.wei?secret=JBSWY3DPEHPK3PXP',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

function httpError(status: number, error: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error });
}

describe('totp settings effects', () => {
  let actions$: Subject<unknown>;

  beforeEach(() => {
    actions$ = new Subject();
  });

  function collect<T>(effect$: Observable<T>): T[] {
    const seen: T[] = [];
    effect$.subscribe((value) => seen.push(value));
    return seen;
  }

  it('when enrolment starts, then the new secret is asked for and shown', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      startOwnTotpEnrolment: of(enrolment),
    });
    const seen = collect(startTotpEnrolment(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.startClicked());

    expect(api.startOwnTotpEnrolment).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([TwoFactorApiActions.secretCreated({ enrolment })]);
  });

  it('when the secret cannot be had, then the failure is reported', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      startOwnTotpEnrolment: throwError(() => httpError(0, null)),
    });
    const seen = collect(startTotpEnrolment(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.startClicked());

    expect(seen.length).toBe(1);
    expect(seen[0].type).toBe(TwoFactorApiActions.secretFailed.type);
  });

  it('when the code is confirmed, then the session is re-read so the account shows TOTP on', () => {
    const account = aMe({ totpEnabled: true });
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      confirmOwnTotp: of({ status: 'signed_in' as const, account }),
      session: of({ authenticated: true as const, account }),
    });
    const seen = collect(confirmTotpEnrolment(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.codeSubmitted({ code: '123456' }));

    expect(api.confirmOwnTotp).toHaveBeenCalledOnceWith('123456');
    expect(api.session).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([
      TwoFactorApiActions.totpEnabled({ session: { authenticated: true, account } }),
    ]);
  });

  it('when TOTP is on but the re-read fails, then it is still reported as on', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      confirmOwnTotp: of({ status: 'signed_in' as const, account: aMe({ totpEnabled: true }) }),
      session: throwError(() => httpError(0, null)),
    });
    const seen = collect(confirmTotpEnrolment(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.codeSubmitted({ code: '123456' }));

    expect(seen).toEqual([TwoFactorApiActions.totpEnabled({ session: null })]);
  });

  it('when the code does not match, then the failure names fields[code]', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      confirmOwnTotp: throwError(() =>
        httpError(400, {
          error: {
            code: 'validation_failed',
            message: 'invalid code: the code does not match; try the next one',
            fields: [{ path: 'code', message: 'the code does not match; try the next one' }],
          },
        }),
      ),
      session: of({ authenticated: true as const, account: aMe() }),
    });
    const seen = collect(confirmTotpEnrolment(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.codeSubmitted({ code: '000000' }));

    expect(api.session).not.toHaveBeenCalled();
    expect(seen).toEqual([
      TwoFactorApiActions.enrolmentFailed({
        error: {
          status: 400,
          code: 'validation_failed',
          message: 'invalid code: the code does not match; try the next one',
        },
        fields: [
          { path: 'code', message: 'the code does not match; try the next one', rule: null },
        ],
      }),
    ]);
  });

  it('when TOTP is switched off, then the password is sent and the session re-read', () => {
    const account = aMe({ totpEnabled: false });
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      disableOwnTotp: of(undefined),
      session: of({ authenticated: true as const, account }),
    });
    const seen = collect(disableTotp(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.disableSubmitted({ password: 'Current-pass-1' }));

    expect(api.disableOwnTotp).toHaveBeenCalledOnceWith('Current-pass-1');
    expect(seen).toEqual([
      TwoFactorApiActions.totpDisabled({ session: { authenticated: true, account } }),
    ]);
  });

  it('when the password is wrong, then switching off fails with invalid_credentials', () => {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', {
      disableOwnTotp: throwError(() =>
        httpError(401, { error: { code: 'invalid_credentials', message: '用户名或密码错误' } }),
      ),
      session: of({ authenticated: true as const, account: aMe() }),
    });
    const seen = collect(disableTotp(new Actions(actions$), api));

    actions$.next(TwoFactorPageActions.disableSubmitted({ password: 'wrong' }));

    expect(api.session).not.toHaveBeenCalled();
    expect(seen).toEqual([
      TwoFactorApiActions.disableFailed({
        error: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
      }),
    ]);
  });

  it('when TOTP is switched on or off, then the user is told', () => {
    const notices = jasmine.createSpyObj<SessionNotices>('SessionNotices', [
      'totpEnabled',
      'totpDisabled',
    ]);
    collect(notifyTotpChange(new Actions(actions$), notices));

    actions$.next(TwoFactorApiActions.totpEnabled({ session: null }));
    actions$.next(TwoFactorApiActions.totpDisabled({ session: null }));

    expect(notices.totpEnabled).toHaveBeenCalledTimes(1);
    expect(notices.totpDisabled).toHaveBeenCalledTimes(1);
  });
});
