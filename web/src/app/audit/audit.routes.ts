import type { Routes } from '@angular/router';
import { provideNativeDateAdapter } from '@angular/material/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AuditPage } from './audit-page';
import * as auditEffects from './audit.effects';
import { auditFeature } from './audit.feature';

/** The audit trail, lazy-loaded under `/audit` (guarded for the audit admin in app.routes). */
export const auditRoutes: Routes = [
  {
    path: '',
    component: AuditPage,
    title: 'audit.title',
    providers: [
      provideNativeDateAdapter(),
      provideState(auditFeature),
      provideEffects(auditEffects),
    ],
  },
];
