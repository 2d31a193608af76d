import type { Sequelize } from 'sequelize';
import type { AuthModule } from '../auth/auth.module';
import type { AuthHttp } from '../auth/auth-http';
import type { ApiRoute } from '../platform/api-route';
import type { AuditedWrites } from '../platform/audited-writes';
import { AccountAuthorisationService } from './account-authorisation.service';
import { AccountDirectory } from './account-directory';
import { AccountProvisioningService } from './account-provisioning.service';
import { accountAdminRoutes } from './accounts-admin.routes';
import { adminSessionRoutes } from './admin-sessions.routes';
import { scopeUnitRoutes } from './scope-units.routes';
import { SecurityPolicyAdminService, securityPolicyRoutes } from './security-policy.admin';

export interface AdminDependencies {
  sequelize: Sequelize;
  auth: AuthModule;
  audited: AuditedWrites;
  http: AuthHttp;
}

/** Wires the admin domain on top of the auth domain's repositories. */
export function adminRoutes(deps: AdminDependencies): ApiRoute[] {
  const { sequelize, auth, audited, http } = deps;
  const directory = new AccountDirectory(sequelize, auth.accounts, auth.policies, http.clock);
  const provisioning = new AccountProvisioningService({
    directory,
    sessions: auth.sessionRows,
    hasher: auth.hasher,
    audited,
    clock: http.clock,
  });
  const authorisation = new AccountAuthorisationService({
    directory,
    sessions: auth.sessionRows,
    audited,
  });
  return [
    ...accountAdminRoutes({ directory, provisioning, authorisation }, http.auditContext),
    ...adminSessionRoutes(auth.sessions, http),
    ...securityPolicyRoutes(
      new SecurityPolicyAdminService(auth.policies, audited, http.clock),
      http.auditContext,
    ),
    ...scopeUnitRoutes(sequelize),
  ];
}
