import { URI } from 'otpauth';
import { checkTotpCode, newTotpSecret, totpCodeAt, totpEnrollmentFor } from './totp';

describe('TOTP verification with a replay guard', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-03-01T08:00:10Z');
  const step = Math.floor(now.getTime() / 30_000);

  it('when the current code is given, then it is valid at the current step', () => {
    expect(checkTotpCode(secret, totpCodeAt(secret, now), now, null)).toEqual({
      isValid: true,
      step,
    });
  });

  it('when the code is one step old, then it is still accepted (clock drift)', () => {
    const previous = totpCodeAt(secret, new Date(now.getTime() - 30_000));
    expect(checkTotpCode(secret, previous, now, null)).toEqual({ isValid: true, step: step - 1 });
  });

  it('when the code is two steps old or wrong, then it is invalid', () => {
    const old = totpCodeAt(secret, new Date(now.getTime() - 60_000));
    expect(checkTotpCode(secret, old, now, null)).toEqual({ isValid: false, reason: 'invalid' });
    const wrong = String((Number(totpCodeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotpCode(secret, wrong, now, null).isValid).toBeFalse();
    expect(checkTotpCode(secret, '12345', now, null).isValid).toBeFalse();
    expect(checkTotpCode(secret, 'abcdef', now, null).isValid).toBeFalse();
  });

  it('when a code of an already used step is given again, then it is refused as a replay', () => {
    const code = totpCodeAt(secret, now);
    expect(checkTotpCode(secret, code, now, step)).toEqual({
      isValid: false,
      reason: 'replayed',
    });
    const later = new Date(now.getTime() + 30_000);
    expect(checkTotpCode(secret, totpCodeAt(secret, later), later, step)).toEqual({
      isValid: true,
      step: step + 1,
    });
  });

  it('when enrolling, then the URL and the QR code carry the secret for an authenticator', async () => {
    const enrollment = await totpEnrollmentFor(secret, 'zhangsan');
    const parsed = URI.parse(enrollment.otpauthUrl);
    expect(parsed.secret.base32).toBe(secret);
    expect(parsed.label).toBe('zhangsan');
    expect(enrollment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
