import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { AccountSummary, ScopeUnit } from './accounts-api.types';
import type { AccountQuery } from './accounts-query';
import {
  AccountDialogActions,
  AccountListPageActions,
  AccountsApiActions,
} from './accounts.actions';

/** What the scope dialog's unit picker offers for the text typed (`/api/admin/units?q=`). */
export interface ScopeUnitSearch {
  q: string;
  units: ScopeUnit[];
  isSearching: boolean;
}

export interface AccountsState extends EntityState<AccountSummary> {
  query: AccountQuery | null;
  matchCount: number | null;
  isLoading: boolean;
  error: ApiError | null;
  /** A dialog's change on its way to the API. */
  isSaving: boolean;
  saveError: ApiError | null;
  saveFieldErrors: ApiFieldError[];
  scopeUnitSearch: ScopeUnitSearch | null;
  departmentOptions: ScopeUnit[] | null;
}

export const accountsAdapter = createEntityAdapter<AccountSummary>();

export const initialAccountsState: AccountsState = accountsAdapter.getInitialState({
  query: null,
  matchCount: null,
  isLoading: false,
  error: null,
  isSaving: false,
  saveError: null,
  saveFieldErrors: [],
  scopeUnitSearch: null,
  departmentOptions: null,
});

const idleSave = { isSaving: false, saveError: null, saveFieldErrors: [] };

export const accountsFeature = createFeature({
  name: 'accounts',
  reducer: createReducer(
    initialAccountsState,
    on(AccountListPageActions.urlQueryChanged, (state, { query }): AccountsState => ({
      ...state,
      query,
      isLoading: true,
      error: null,
    })),
    on(AccountListPageActions.retryClicked, (state): AccountsState => ({
      ...state,
      isLoading: true,
      error: null,
    })),
    on(AccountsApiActions.pageLoaded, (state, { page }): AccountsState =>
      accountsAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        isLoading: false,
        error: null,
      }),
    ),
    on(AccountsApiActions.pageLoadFailed, (state, { error }): AccountsState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(
      AccountListPageActions.createClicked,
      AccountListPageActions.rolesClicked,
      AccountListPageActions.scopeClicked,
      (state): AccountsState => ({ ...state, ...idleSave, scopeUnitSearch: null }),
    ),
    on(
      AccountDialogActions.createSubmitted,
      AccountDialogActions.rolesSubmitted,
      AccountDialogActions.scopeSubmitted,
      AccountDialogActions.disableConfirmed,
      AccountDialogActions.resetPasswordConfirmed,
      AccountDialogActions.resetTotpConfirmed,
      AccountListPageActions.enableClicked,
      AccountListPageActions.unlockClicked,
      (state): AccountsState => ({
        ...state,
        isSaving: true,
        saveError: null,
        saveFieldErrors: [],
      }),
    ),
    on(
      AccountsApiActions.accountCreated,
      AccountsApiActions.passwordReset,
      AccountsApiActions.accountChanged,
      (state): AccountsState => ({ ...state, ...idleSave }),
    ),
    on(AccountsApiActions.changeFailed, (state, { error, fieldErrors }): AccountsState => ({
      ...state,
      isSaving: false,
      saveError: error,
      saveFieldErrors: fieldErrors,
    })),
    on(AccountDialogActions.scopeUnitSearchChanged, (state, { q }): AccountsState => ({
      ...state,
      scopeUnitSearch: q ? { q, units: [], isSearching: true } : null,
    })),
    // Answers to an older search are dropped: only the text in the field counts.
    on(AccountsApiActions.scopeUnitsFound, (state, { q, units }): AccountsState =>
      state.scopeUnitSearch?.q === q
        ? { ...state, scopeUnitSearch: { q, units, isSearching: false } }
        : state,
    ),
    on(AccountsApiActions.scopeUnitSearchFailed, (state, { q }): AccountsState =>
      state.scopeUnitSearch?.q === q
        ? { ...state, scopeUnitSearch: { q, units: [], isSearching: false } }
        : state,
    ),
    on(AccountsApiActions.departmentsLoaded, (state, { departments }): AccountsState => ({
      ...state,
      departmentOptions: departments,
    })),
  ),
  extraSelectors: ({ selectAccountsState, selectQuery }) => ({
    selectPageRows: accountsAdapter.getSelectors(selectAccountsState).selectAll,
    selectPageIndex: createSelector(selectQuery, (query) => (query ? query.page - 1 : 0)),
  }),
});
