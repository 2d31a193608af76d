import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { canMatchRoles } from '../auth/role-guards';
import { ACCESS } from '../auth/route-access';
import * as accountChangesEffects from './accounts/account-changes.effects';
import { AccountListPage } from './accounts/account-list-page';
import * as accountsEffects from './accounts/accounts.effects';
import { accountsFeature } from './accounts/accounts.feature';
import { AdminSessionsPage } from './sessions/admin-sessions-page';
import * as adminSessionsEffects from './sessions/admin-sessions.effects';
import { adminSessionsFeature } from './sessions/admin-sessions.feature';
import { SecurityPolicyPage } from './security-policy/security-policy-page';
import * as securityPolicyEffects from './security-policy/security-policy.effects';
import { securityPolicyFeature } from './security-policy/security-policy.feature';

/** 系统管理, lazy-loaded under `/admin`: each page guarded by the admin duty that owns it. */
export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'accounts' },
  {
    path: 'accounts',
    canMatch: [canMatchRoles(ACCESS.adminAccounts)],
    component: AccountListPage,
    title: 'admin.accounts.title',
    providers: [
      provideState(accountsFeature),
      provideEffects(accountsEffects, accountChangesEffects),
    ],
  },
  {
    path: 'sessions',
    canMatch: [canMatchRoles(ACCESS.adminSessions)],
    component: AdminSessionsPage,
    title: 'admin.sessions.title',
    providers: [provideState(adminSessionsFeature), provideEffects(adminSessionsEffects)],
  },
  {
    path: 'security-policy',
    canMatch: [canMatchRoles(ACCESS.securityPolicy)],
    component: SecurityPolicyPage,
    title: 'admin.policy.title',
    providers: [provideState(securityPolicyFeature), provideEffects(securityPolicyEffects)],
  },
];
