import { Role } from '@extranet/database';
import { z } from 'zod';
import { RoleSchema, ScopeSchema } from '../auth/auth.schemas';
import { isoDateTime, unitCodeSchema } from '../links/link-refs.schemas';
import { pageQueryShape, pageSchema } from '../platform/pagination';
import { searchText } from '../platform/query-params';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z][a-z0-9._-]{2,31}$/,
    'must be 3–32 letters, digits, dots, hyphens or underscores, starting with a letter',
  );

const displayNameSchema = z.string().trim().min(1, 'must not be empty').max(64);

const rolesSchema = z
  .array(RoleSchema)
  .max(Object.keys(Role).length)
  .transform((roles) => [...new Set(roles)]);

const departmentCodesSchema = z
  .array(unitCodeSchema)
  .max(100)
  .transform((codes) => [...new Set(codes)]);

export const AccountListQuerySchema = z.strictObject({
  q: searchText.optional().meta({ description: 'Username or display name contains' }),
  role: RoleSchema.optional(),
  ...pageQueryShape,
});
export type AccountListQuery = z.output<typeof AccountListQuerySchema>;

export const AccountCreateSchema = z
  .strictObject({
    username: usernameSchema,
    displayName: displayNameSchema,
    roles: rolesSchema.default([]),
    scopeUnitCode: unitCodeSchema.nullable().default(null),
    scopeDepartmentCodes: departmentCodesSchema.default([]),
  })
  .meta({ id: 'AccountCreate' });
export type AccountCreate = z.output<typeof AccountCreateSchema>;

export const AccountPatchSchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    isDisabled: z.boolean().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), {
    message: 'at least one field must be given',
  })
  .meta({ id: 'AccountPatch' });
export type AccountPatch = z.output<typeof AccountPatchSchema>;

export const AccountRolesSchema = z
  .strictObject({ roles: rolesSchema })
  .meta({ id: 'AccountRoles' });

export const AccountScopeBodySchema = z
  .strictObject({
    scopeUnitCode: unitCodeSchema.nullable(),
    scopeDepartmentCodes: departmentCodesSchema.default([]),
  })
  .meta({ id: 'AccountScopeChange' });
export type AccountScopeBody = z.output<typeof AccountScopeBodySchema>;

export const AdminAccountSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    scope: ScopeSchema,
    isDisabled: z.boolean(),
    isLocked: z.boolean(),
    lockedUntil: isoDateTime.nullable(),
    failedSignIns: z.number().int(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    passwordChangedAt: isoDateTime,
    passwordExpiresAt: isoDateTime,
    lastSignInAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'AdminAccount' });

export const AdminAccountPageSchema = pageSchema(AdminAccountSchema, 'AdminAccountPage');

export const OneTimePasswordSchema = z
  .object({
    oneTimePassword: z
      .string()
      .meta({ description: 'Shown once; must be changed at first sign-in' }),
  })
  .meta({ id: 'OneTimePassword' });

export const AccountCreatedSchema = z
  .object({ account: AdminAccountSchema, oneTimePassword: z.string() })
  .meta({ id: 'AccountCreated' });

export const accountIdParams = z.strictObject({
  id: z.coerce.number().int().min(1).max(2_147_483_647).meta({ description: 'Account id' }),
});
