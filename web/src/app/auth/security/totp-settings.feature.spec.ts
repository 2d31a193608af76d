import { TwoFactorApiActions, TwoFactorPageActions } from './totp-settings.actions';
import {
  TotpRequest,
  type TotpSettingsState,
  initialTotpSettingsState,
  totpSettingsFeature,
} from './totp-settings.feature';

const { reducer } = totpSettingsFeature;
const enrolment = {
  secret: 'JBSWY3DPEHPK3PXP',
  otpauthUrl: 'otpauth://totp/extranet:zhang.wei?secret=JBSWY3DPEHPK3PXP',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

function selectorsOf(state: TotpSettingsState) {
  const root = { totpSettings: state };
  return {
    isBusy: totpSettingsFeature.selectIsBusy(root),
    isCodeWrong: totpSettingsFeature.selectIsCodeWrong(root),
    isPasswordWrong: totpSettingsFeature.selectIsPasswordWrong(root),
    otherError: totpSettingsFeature.selectOtherError(root),
  };
}

describe('totp settings feature', () => {
  it('when enrolment starts, then the page waits and then keeps the secret to show', () => {
    const starting = reducer(initialTotpSettingsState, TwoFactorPageActions.startClicked());
    expect(starting.pending).toBe(TotpRequest.Start);
    expect(selectorsOf(starting).isBusy).toBeTrue();

    const shown = reducer(starting, TwoFactorApiActions.secretCreated({ enrolment }));
    expect(shown.enrolment).toEqual(enrolment);
    expect(selectorsOf(shown).isBusy).toBeFalse();
  });

  it('when the server refuses the code, then the code field is marked, not the page', () => {
    const enrolling = { ...initialTotpSettingsState, enrolment };
    const submitted = reducer(enrolling, TwoFactorPageActions.codeSubmitted({ code: '123456' }));
    const refused = reducer(
      submitted,
      TwoFactorApiActions.enrolmentFailed({
        error: { status: 400, code: 'validation_failed', message: 'invalid code' },
        fields: [{ path: 'code', message: 'the code does not match', rule: null }],
      }),
    );
    expect(refused.enrolment).toEqual(enrolment);
    expect(selectorsOf(refused)).toEqual({
      isBusy: false,
      isCodeWrong: true,
      isPasswordWrong: false,
      otherError: null,
    });

    const asAtSignIn = reducer(
      submitted,
      TwoFactorApiActions.enrolmentFailed({
        error: { status: 401, code: 'invalid_credentials', message: '动态验证码错误或已使用' },
        fields: [],
      }),
    );
    expect(selectorsOf(asAtSignIn).isCodeWrong).toBeTrue();

    const retried = reducer(refused, TwoFactorPageActions.codeSubmitted({ code: '654321' }));
    expect(selectorsOf(retried).isCodeWrong).toBeFalse();
  });

  it('when the server holds no secret any more (409), then enrolment starts over', () => {
    const error = { status: 409, code: 'conflict', message: 'no TOTP enrolment is in progress' };
    const state = reducer(
      { ...initialTotpSettingsState, enrolment, pending: TotpRequest.Confirm },
      TwoFactorApiActions.enrolmentFailed({ error, fields: [] }),
    );
    expect(state.enrolment).toBeNull();
    expect(selectorsOf(state).otherError).toEqual(error);
    expect(selectorsOf(state).isCodeWrong).toBeFalse();
  });

  it('when the password to switch TOTP off is wrong, then the password field is marked', () => {
    const submitted = reducer(
      initialTotpSettingsState,
      TwoFactorPageActions.disableSubmitted({ password: 'wrong' }),
    );
    expect(submitted.pending).toBe(TotpRequest.Disable);
    const refused = reducer(
      submitted,
      TwoFactorApiActions.disableFailed({
        error: { status: 401, code: 'invalid_credentials', message: '用户名或密码错误' },
      }),
    );
    expect(selectorsOf(refused)).toEqual({
      isBusy: false,
      isCodeWrong: false,
      isPasswordWrong: true,
      otherError: null,
    });
  });

  it('when TOTP is switched on or the enrolment cancelled, then the secret is dropped', () => {
    const enrolling = { ...initialTotpSettingsState, enrolment, pending: TotpRequest.Confirm };
    expect(reducer(enrolling, TwoFactorApiActions.totpEnabled({ session: null }))).toEqual(
      initialTotpSettingsState,
    );
    expect(reducer(enrolling, TwoFactorPageActions.enrolmentCancelled()).enrolment).toBeNull();
  });

  it('when the page opens again, then nothing of a previous visit is kept', () => {
    const failed = {
      enrolment,
      pending: null,
      failure: {
        request: TotpRequest.Start,
        error: { status: 0, code: 'network', message: 'offline' },
        fields: [],
      },
    };
    expect(reducer(failed, TwoFactorPageActions.opened())).toEqual(initialTotpSettingsState);
  });
});
