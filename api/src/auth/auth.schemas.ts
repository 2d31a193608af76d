import { PASSWORD_MAX_LENGTH, ROLES, type Role } from '@extranet/database';
import { z } from 'zod';
import { isoDateTime } from '../links/link-refs.schemas';

export const RoleSchema = z.enum(ROLES as [Role, ...Role[]]).meta({ id: 'Role' });

export const ScopeSchema = z
  .object({
    unitCode: z
      .string()
      .nullable()
      .meta({ description: 'Root of the unit subtree; null = province' }),
    unitName: z.string().nullable(),
    departmentCodes: z.array(z.string()),
  })
  .meta({ id: 'AccountScope' });

export const MeSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    scope: ScopeSchema,
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    passwordExpiresAt: isoDateTime,
    sessionExpiresAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Me' });

export const SessionAnswerSchema = z
  .union([
    z.object({ authenticated: z.literal(false) }),
    z.object({ authenticated: z.literal(true), account: MeSchema }),
  ])
  .meta({ id: 'SessionAnswer' });

export const TotpEnrollmentSchema = z
  .object({
    secret: z.string().meta({ description: 'Base32 secret, for apps that cannot scan' }),
    otpauthUrl: z.string(),
    qrSvg: z.string().meta({ description: 'The otpauth URL as an SVG QR code' }),
  })
  .meta({ id: 'TotpEnrollment' });

export const SignInAnswerSchema = z
  .union([
    z.object({ status: z.enum(['signed_in', 'password_change_required']), account: MeSchema }),
    z.object({ status: z.literal('totp_required') }),
    z.object({
      status: z.literal('totp_enrollment_required'),
      enrollment: TotpEnrollmentSchema,
    }),
  ])
  .meta({ id: 'SignInAnswer' });

/** Sign-in accepts any text up to a bound: its rules are not hinted to someone guessing. */
const typedPassword = z
  .string()
  .min(1, 'must not be empty')
  .max(4 * PASSWORD_MAX_LENGTH);

export const SignInBodySchema = z
  .strictObject({
    username: z.string().trim().min(1, 'must not be empty').max(64),
    password: typedPassword,
  })
  .meta({ id: 'SignIn' });

export const TotpCodeBodySchema = z
  .strictObject({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'must be the 6 digits the authenticator shows'),
  })
  .meta({ id: 'TotpCode' });

export const PasswordChangeBodySchema = z
  .strictObject({
    currentPassword: typedPassword,
    newPassword: z
      .string()
      .min(1, 'must not be empty')
      .max(4 * PASSWORD_MAX_LENGTH),
  })
  .meta({ id: 'PasswordChange' });

export const PasswordBodySchema = z.strictObject({ password: typedPassword });

/** Starting a profile enrolment: the password is needed only to replace a second factor that is on. */
export const TotpStartBodySchema = z
  .strictObject({ password: typedPassword.optional() })
  .optional();

/** The body of a POST that takes no input: none, or `{}`. */
export const EmptyBodySchema = z.strictObject({}).optional();

export const SessionSchema = z
  .object({
    id: z.string().meta({ description: 'Public id of the session (never the cookie value)' }),
    createdAt: isoDateTime,
    lastSeenAt: isoDateTime.nullable(),
    sourceAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
    account: z
      .object({ id: z.number().int(), username: z.string(), displayName: z.string() })
      .nullable(),
  })
  .meta({ id: 'Session' });

export const SessionListSchema = z
  .object({ items: z.array(SessionSchema) })
  .meta({ id: 'SessionList' });

export const SessionIdParams = z.strictObject({
  id: z.uuid().meta({ description: 'Public id of a session' }),
});

export const PasswordPolicySummarySchema = z
  .object({
    passwordMinLength: z.number().int(),
    passwordMinClasses: z.number().int(),
    passwordMaxAgeDays: z.number().int(),
    passwordHistory: z.number().int(),
  })
  .meta({ id: 'PasswordPolicySummary' });
