import { Permission } from '@extranet/database';
import { EmptyBodySchema } from '../auth/auth.schemas';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditContextFactory } from '../platform/audited-writes';
import { signedInAccountOf } from '../platform/request-auth';
import type { AccountAuthorisationService } from './account-authorisation.service';
import type { AccountDirectory } from './account-directory';
import type { AccountProvisioningService } from './account-provisioning.service';
import {
  AccountCreateSchema,
  AccountCreatedSchema,
  AccountListQuerySchema,
  AccountPatchSchema,
  AccountRolesSchema,
  AccountScopeBodySchema,
  AdminAccountPageSchema,
  AdminAccountSchema,
  OneTimePasswordSchema,
  accountIdParams,
} from './accounts-admin.schemas';

export interface AccountAdminServices {
  directory: AccountDirectory;
  provisioning: AccountProvisioningService;
  authorisation: AccountAuthorisationService;
}

/** Account management: the system admin provisions, the security admin authorises. */
export function accountAdminRoutes(
  services: AccountAdminServices,
  auditContext: AuditContextFactory,
): ApiRoute[] {
  const { directory, provisioning, authorisation } = services;
  const account = { status: 200 as const, description: 'The account', schema: AdminAccountSchema };
  return [
    defineRoute({
      method: 'get',
      path: '/admin/accounts',
      operationId: 'listAccounts',
      summary: 'Accounts, searched and paged (never a password hash or TOTP secret)',
      tag: 'admin',
      access: Access.permission(Permission.AccountsRead),
      query: AccountListQuerySchema,
      response: { status: 200, description: 'One page', schema: AdminAccountPageSchema },
      handle: ({ query }) => directory.list(query),
    }),
    defineRoute({
      method: 'get',
      path: '/admin/accounts/:id',
      operationId: 'getAccount',
      summary: 'One account',
      tag: 'admin',
      access: Access.permission(Permission.AccountsRead),
      params: accountIdParams,
      response: account,
      errors: [404],
      handle: ({ params }) => directory.get(params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/accounts',
      operationId: 'createAccount',
      summary: 'Creates an account with a one-time password (shown once, changed at first sign-in)',
      tag: 'admin',
      access: Access.permission(Permission.AccountsManage),
      body: AccountCreateSchema,
      response: { status: 201, description: 'Created', schema: AccountCreatedSchema },
      errors: [403, 409],
      handle: ({ body }, req, res) =>
        provisioning.create(body, signedInAccountOf(res), auditContext(req, res)),
    }),
    defineRoute({
      method: 'patch',
      path: '/admin/accounts/:id',
      operationId: 'updateAccount',
      summary: 'Renames, disables or enables an account (disabling ends its sessions)',
      tag: 'admin',
      access: Access.permission(Permission.AccountsManage),
      params: accountIdParams,
      body: AccountPatchSchema,
      response: account,
      errors: [404, 409],
      handle: ({ params, body }, req, res) =>
        provisioning.update(params.id, body, signedInAccountOf(res), auditContext(req, res)),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/accounts/:id/reset-password',
      operationId: 'resetAccountPassword',
      summary: 'A new one-time password; ends the account’s sessions and forces a change',
      tag: 'admin',
      access: Access.permission(Permission.AccountsManage),
      params: accountIdParams,
      body: EmptyBodySchema,
      response: {
        status: 200,
        description: 'The one-time password',
        schema: OneTimePasswordSchema,
      },
      errors: [404, 409],
      handle: ({ params }, req, res) =>
        provisioning.resetPassword(params.id, signedInAccountOf(res), auditContext(req, res)),
    }),
    defineRoute({
      method: 'put',
      path: '/admin/accounts/:id/roles',
      operationId: 'setAccountRoles',
      summary:
        'Replaces the roles (at most one admin duty; the system admin only appoints the first security and audit admins)',
      tag: 'admin',
      access: Access.permission(Permission.RolesAssign),
      params: accountIdParams,
      body: AccountRolesSchema,
      response: account,
      errors: [403, 404, 409],
      handle: ({ params, body }, req, res) =>
        authorisation.setRoles(
          params.id,
          body.roles,
          signedInAccountOf(res),
          auditContext(req, res),
        ),
    }),
    defineRoute({
      method: 'put',
      path: '/admin/accounts/:id/scope',
      operationId: 'setAccountScope',
      summary: 'Replaces the region subtree and (allocators) the departments of an account',
      tag: 'admin',
      access: Access.permission(Permission.ScopesAssign),
      params: accountIdParams,
      body: AccountScopeBodySchema,
      response: account,
      errors: [404, 409],
      handle: ({ params, body }, req, res) =>
        authorisation.setScope(params.id, body, signedInAccountOf(res), auditContext(req, res)),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/accounts/:id/unlock',
      operationId: 'unlockAccount',
      summary: 'Clears a sign-in lockout',
      tag: 'admin',
      access: Access.permission(Permission.AccountsUnlock),
      params: accountIdParams,
      body: EmptyBodySchema,
      response: account,
      errors: [404],
      handle: ({ params }, req, res) => authorisation.unlock(params.id, auditContext(req, res)),
    }),
    defineRoute({
      method: 'post',
      path: '/admin/accounts/:id/reset-totp',
      operationId: 'resetAccountTotp',
      summary:
        'Forgets a lost second factor; the account enrols a new one (admins at next sign-in)',
      tag: 'admin',
      access: Access.permission(Permission.AccountsUnlock),
      params: accountIdParams,
      body: EmptyBodySchema,
      response: account,
      errors: [404, 409],
      handle: ({ params }, req, res) =>
        authorisation.resetTotp(params.id, signedInAccountOf(res), auditContext(req, res)),
    }),
  ];
}
