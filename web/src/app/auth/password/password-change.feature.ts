import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { PasswordPolicySummary } from '../auth-api.types';
import { PasswordApiActions, PasswordPageActions } from './password.actions';

export interface PasswordChangeState {
  /** The active policy's password rules; null until read (the form then shows the floor). */
  policy: PasswordPolicySummary | null;
  isSubmitting: boolean;
  error: ApiError | null;
  /** Rules of the password policy the new password did not meet, as the server named them. */
  unmetRules: ApiFieldError[];
  /** When the last change succeeded (the form clears). */
  changedAt: string | null;
}

export const initialPasswordChangeState: PasswordChangeState = {
  policy: null,
  isSubmitting: false,
  error: null,
  unmetRules: [],
  changedAt: null,
};

export const passwordChangeFeature = createFeature({
  name: 'passwordChange',
  reducer: createReducer(
    initialPasswordChangeState,
    on(PasswordPageActions.opened, (): PasswordChangeState => initialPasswordChangeState),
    on(PasswordPageActions.changeSubmitted, (state): PasswordChangeState => ({
      ...state,
      isSubmitting: true,
      error: null,
      unmetRules: [],
    })),
    on(PasswordApiActions.passwordChanged, (state): PasswordChangeState => ({
      ...state,
      isSubmitting: false,
      changedAt: new Date().toISOString(),
    })),
    on(
      PasswordApiActions.passwordChangeFailed,
      (state, { error, unmetRules }): PasswordChangeState => ({
        ...state,
        isSubmitting: false,
        error,
        unmetRules,
      }),
    ),
    on(PasswordApiActions.policyLoaded, (state, { policy }): PasswordChangeState => ({
      ...state,
      policy,
    })),
  ),
});
