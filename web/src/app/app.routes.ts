import type { Routes } from '@angular/router';
import { AccessDeniedPage } from './auth/access-denied-page';
import { canMatchRoles, canMatchSignInPage, redirectToHome } from './auth/role-guards';
import { ACCESS } from './auth/route-access';
import { PLANNED_DOMAINS } from './shell/nav-items';
import { NotFoundPage } from './shell/not-found-page';
import { PlannedPage } from './shell/planned-page';

/**
 * Every area is guarded by role (`canMatch`, so a refused area's code is not even loaded);
 * the API is the authority and checks each request again.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: redirectToHome },
  {
    path: 'sign-in',
    canMatch: [canMatchSignInPage],
    loadComponent: () => import('./auth/sign-in/sign-in-page').then((m) => m.SignInPage),
    title: 'auth.signIn.title',
  },
  {
    path: 'account',
    loadChildren: () => import('./auth/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: 'links',
    canMatch: [canMatchRoles(ACCESS.links)],
    loadChildren: () => import('./links/links.routes').then((m) => m.linksRoutes),
  },
  {
    path: 'admin',
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'audit',
    canMatch: [canMatchRoles(ACCESS.audit)],
    loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes),
  },
  ...PLANNED_DOMAINS.map((domain) => ({
    path: domain,
    canMatch: [canMatchRoles(ACCESS[domain])],
    component: PlannedPage,
    title: `nav.${domain}`,
    data: { domain },
  })),
  { path: 'access-denied', component: AccessDeniedPage, title: 'auth.denied.title' },
  { path: '**', component: NotFoundPage, title: 'notFound.title' },
];
