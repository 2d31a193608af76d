import { Secret, TOTP } from 'otpauth';
import * as QRCode from 'qrcode';

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
/** One step either side: a phone clock 30 s off still works, a code lives at most ~90 s. */
const TOTP_WINDOW = 1;
const SECRET_BYTES = 20;
export const TOTP_ISSUER = 'Hubei Extranet Console';

export interface TotpEnrollment {
  /** Base32, for apps that cannot scan the QR code. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as an SVG QR code (no external image service on the extranet). */
  qrSvg: string;
}

export type TotpCheck =
  { isValid: true; step: number } | { isValid: false; reason: 'invalid' | 'replayed' };

function totpFor(secretBase32: string, label = 'account'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

export async function totpEnrollmentFor(
  secretBase32: string,
  username: string,
): Promise<TotpEnrollment> {
  const otpauthUrl = totpFor(secretBase32, username).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M' });
  return { secret: secretBase32, otpauthUrl, qrSvg };
}

/**
 * Checks a code against the secret at `now`, and refuses one whose time step is not later than
 * the last step accepted for the account: a code seen once (shoulder-surfed, replayed from a
 * proxy log) cannot sign in again while it is still within its window.
 */
export function checkTotpCode(
  secretBase32: string,
  code: string,
  now: Date,
  lastAcceptedStep: number | null,
): TotpCheck {
  if (!/^\d{6}$/.test(code)) return { isValid: false, reason: 'invalid' };
  const timestamp = now.getTime();
  const delta = totpFor(secretBase32).validate({ token: code, timestamp, window: TOTP_WINDOW });
  if (delta === null) return { isValid: false, reason: 'invalid' };
  const step = TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp }) + delta;
  if (lastAcceptedStep !== null && step <= lastAcceptedStep) {
    return { isValid: false, reason: 'replayed' };
  }
  return { isValid: true, step };
}

/** The code an authenticator shows at `now` (tests, and the enrolment self-check). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}
