import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { Role } from '../../auth/roles';
import type {
  AccountDraft,
  AccountPage,
  AccountSummary,
  ScopeChange,
  ScopeUnit,
} from './accounts-api.types';
import type { AccountFilters, AccountQuery } from './accounts-query';

export const AccountListPageActions = createActionGroup({
  source: 'Account List Page',
  events: {
    'Url Query Changed': props<{ query: AccountQuery }>(),
    'Filters Changed': props<{ filters: AccountFilters }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
    'Create Clicked': emptyProps(),
    'Disable Clicked': props<{ account: AccountSummary }>(),
    'Enable Clicked': props<{ account: AccountSummary }>(),
    'Reset Password Clicked': props<{ account: AccountSummary }>(),
    'Roles Clicked': props<{ account: AccountSummary }>(),
    'Scope Clicked': props<{ account: AccountSummary }>(),
    'Unlock Clicked': props<{ account: AccountSummary }>(),
    'Reset Totp Clicked': props<{ account: AccountSummary }>(),
  },
});

export const AccountDialogActions = createActionGroup({
  source: 'Account Dialogs',
  events: {
    'Create Submitted': props<{ draft: AccountDraft }>(),
    'Roles Submitted': props<{ accountId: number; roles: Role[] }>(),
    'Scope Submitted': props<{ accountId: number; scope: ScopeChange }>(),
    /** Text typed into the scope unit picker (name or code). */
    'Scope Unit Search Changed': props<{ q: string }>(),
    'Scope Dialog Opened': props<{ account: AccountSummary }>(),
    'Disable Confirmed': props<{ account: AccountSummary }>(),
    'Reset Password Confirmed': props<{ account: AccountSummary }>(),
    'Reset Totp Confirmed': props<{ account: AccountSummary }>(),
  },
});

export const AccountsApiActions = createActionGroup({
  source: 'Accounts API',
  events: {
    'Page Loaded': props<{ page: AccountPage }>(),
    'Page Load Failed': props<{ error: ApiError }>(),
    /** The one-time password travels in the action to its dialog and is never stored. */
    'Account Created': props<{ account: AccountSummary; oneTimePassword: string }>(),
    'Password Reset': props<{ account: AccountSummary; oneTimePassword: string }>(),
    'Account Changed': props<{ accountId: number }>(),
    'Change Failed': props<{ error: ApiError; fieldErrors: ApiFieldError[] }>(),
    'Scope Units Found': props<{ q: string; units: ScopeUnit[] }>(),
    'Scope Unit Search Failed': props<{ q: string; error: ApiError }>(),
    'Departments Loaded': props<{ departments: ScopeUnit[] }>(),
    'Departments Load Failed': props<{ error: ApiError }>(),
  },
});
