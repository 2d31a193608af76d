import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PasswordPage } from './password/password-page';
import { passwordChangeFeature } from './password/password-change.feature';
import * as passwordEffects from './password/password.effects';
import { canMatchPasswordPage, canMatchSignedIn } from './role-guards';
import { TwoFactorPage } from './security/two-factor-page';
import * as totpSettingsEffects from './security/totp-settings.effects';
import { totpSettingsFeature } from './security/totp-settings.feature';
import { MySessionsPage } from './sessions/my-sessions-page';
import * as mySessionsEffects from './sessions/my-sessions.effects';
import { mySessionsFeature } from './sessions/my-sessions.feature';

/** One's own account, lazy-loaded under `/account`; every role has these pages. */
export const accountRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'sessions' },
  {
    path: 'password',
    canMatch: [canMatchPasswordPage],
    component: PasswordPage,
    title: 'account.password.title',
    providers: [provideState(passwordChangeFeature), provideEffects(passwordEffects)],
  },
  {
    path: 'sessions',
    canMatch: [canMatchSignedIn],
    component: MySessionsPage,
    title: 'account.sessions.title',
    providers: [provideState(mySessionsFeature), provideEffects(mySessionsEffects)],
  },
  {
    path: 'security',
    canMatch: [canMatchSignedIn],
    component: TwoFactorPage,
    title: 'account.twoFactor.title',
    providers: [provideState(totpSettingsFeature), provideEffects(totpSettingsEffects)],
  },
];
