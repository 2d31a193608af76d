/** Shapes of the auth API (docs/CONTRACTS.md, "Auth API"). Times are ISO-8601 strings. */
import type { Role } from './roles';

export interface AccountScope {
  /** Root of the account's unit subtree; null = the whole province. */
  unitCode: string | null;
  unitName: string | null;
  /** Allocators only: departments they may serve (empty = none named). */
  departmentCodes: string[];
}

/** The signed-in account, as `GET /api/auth/session` reports it. */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  scope: AccountScope;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  passwordExpiresAt: string | null;
  sessionExpiresAt: string | null;
}

export type SessionAnswer = { authenticated: false } | { authenticated: true; account: Me };

export interface TotpEnrolment {
  /** Base32 secret, for authenticator apps that cannot scan. */
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a QR code, an SVG document drawn by the server. */
  qrSvg: string;
}

/** What a sign-in step answers: signed in, or the next step the server asks for. */
export type SignInAnswer =
  | { status: 'signed_in'; account: Me }
  | { status: 'totp_required' }
  | { status: 'totp_enrollment_required'; enrollment: TotpEnrolment }
  | { status: 'password_change_required'; account: Me };

/** One server-side session (`GET /api/auth/sessions`, `GET /api/admin/sessions`). */
export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
  /** The session this browser is using. */
  isCurrent: boolean;
  /** Whose session it is: the admin list names the account; one's own list leaves it null. */
  account: SessionOwner | null;
}

export interface SessionOwner {
  id: number;
  username: string;
  displayName: string;
}

/** `GET /api/auth/password-policy`: the rules a new password must meet. */
export interface PasswordPolicySummary {
  passwordMinLength: number;
  passwordMinClasses: number;
  passwordMaxAgeDays: number;
  passwordHistory: number;
}
