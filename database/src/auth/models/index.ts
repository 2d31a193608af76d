import type { Sequelize } from 'sequelize';
import { defineAccountRole, type AccountRoleModel } from './account-role.model';
import {
  defineAccountScopeDepartment,
  type AccountScopeDepartmentModel,
} from './account-scope-department.model';
import { defineAccount, type AccountModel } from './account.model';
import { defineAuthSession, type AuthSessionModel } from './auth-session.model';
import { definePasswordHistory, type PasswordHistoryModel } from './password-history.model';
import { defineSecurityPolicy, type SecurityPolicyModel } from './security-policy.model';

export * from './account.model';
export * from './account-role.model';
export * from './account-scope-department.model';
export * from './auth-session.model';
export * from './password-history.model';
export * from './security-policy.model';

export interface AuthModels {
  Account: AccountModel;
  AccountRole: AccountRoleModel;
  AccountScopeDepartment: AccountScopeDepartmentModel;
  PasswordHistory: PasswordHistoryModel;
  SecurityPolicy: SecurityPolicyModel;
  AuthSession: AuthSessionModel;
}

const defined = new WeakMap<Sequelize, AuthModels>();

/**
 * The auth models bound to one connection. They are defined per Sequelize instance (not as
 * global classes re-bound by every openDatabase), so two open databases, as in tests, never
 * write through each other's connection.
 */
export function authModels(sequelize: Sequelize): AuthModels {
  let models = defined.get(sequelize);
  if (!models) {
    models = {
      Account: defineAccount(sequelize),
      AccountRole: defineAccountRole(sequelize),
      AccountScopeDepartment: defineAccountScopeDepartment(sequelize),
      PasswordHistory: definePasswordHistory(sequelize),
      SecurityPolicy: defineSecurityPolicy(sequelize),
      AuthSession: defineAuthSession(sequelize),
    };
    defined.set(sequelize, models);
  }
  return models;
}
