import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { SecurityPolicy } from './security-policy';
import { SecurityPolicyApiActions, SecurityPolicyPageActions } from './security-policy.actions';

export interface SecurityPolicyState {
  policy: SecurityPolicy | null;
  isLoading: boolean;
  loadError: ApiError | null;
  isSaving: boolean;
  saveError: ApiError | null;
  saveFieldErrors: ApiFieldError[];
}

export const initialSecurityPolicyState: SecurityPolicyState = {
  policy: null,
  isLoading: false,
  loadError: null,
  isSaving: false,
  saveError: null,
  saveFieldErrors: [],
};

export const securityPolicyFeature = createFeature({
  name: 'securityPolicy',
  reducer: createReducer(
    initialSecurityPolicyState,
    on(
      SecurityPolicyPageActions.opened,
      SecurityPolicyPageActions.retryClicked,
      (state): SecurityPolicyState => ({ ...state, isLoading: true, loadError: null }),
    ),
    on(SecurityPolicyApiActions.policyLoaded, (state, { policy }): SecurityPolicyState => ({
      ...state,
      policy,
      isLoading: false,
    })),
    on(SecurityPolicyApiActions.policyLoadFailed, (state, { error }): SecurityPolicyState => ({
      ...state,
      isLoading: false,
      loadError: error,
    })),
    on(SecurityPolicyPageActions.saveClicked, (state): SecurityPolicyState => ({
      ...state,
      isSaving: true,
      saveError: null,
      saveFieldErrors: [],
    })),
    on(SecurityPolicyApiActions.policySaved, (state, { policy }): SecurityPolicyState => ({
      ...state,
      policy,
      isSaving: false,
    })),
    on(
      SecurityPolicyApiActions.policySaveFailed,
      (state, { error, fieldErrors }): SecurityPolicyState => ({
        ...state,
        isSaving: false,
        saveError: error,
        saveFieldErrors: fieldErrors,
      }),
    ),
  ),
});
