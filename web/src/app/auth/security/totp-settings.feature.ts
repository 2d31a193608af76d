import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { ApiFieldError } from '../../api-errors/api-field-errors';
import type { TotpEnrolment } from '../auth-api.types';
import { TwoFactorApiActions, TwoFactorPageActions } from './totp-settings.actions';

/** The request of the page that is running, or that the last refusal answered. */
export const TotpRequest = {
  Start: 'start',
  Confirm: 'confirm',
  Disable: 'disable',
} as const;
export type TotpRequest = (typeof TotpRequest)[keyof typeof TotpRequest];

export interface TotpFailure {
  request: TotpRequest;
  error: ApiError;
  /** The server's `fields` entries for the request's input. */
  fields: ApiFieldError[];
}

export interface TotpSettingsState {
  /** The secret being enrolled (QR code and base32); null when no enrolment is in progress. */
  enrolment: TotpEnrolment | null;
  pending: TotpRequest | null;
  failure: TotpFailure | null;
}

export const initialTotpSettingsState: TotpSettingsState = {
  enrolment: null,
  pending: null,
  failure: null,
};

/** The authenticator's code was refused: 400 naming `code`, or 401 as at the sign-in step. */
function isWrongCode(failure: TotpFailure): boolean {
  return (
    failure.request === TotpRequest.Confirm &&
    (failure.fields.some((field) => field.path === 'code') ||
      failure.error.code === 'invalid_credentials')
  );
}

/** The password asked before switching TOTP off was wrong (401, counts as a failed sign-in). */
function isWrongPassword(failure: TotpFailure): boolean {
  return failure.request === TotpRequest.Disable && failure.error.code === 'invalid_credentials';
}

function submitted(request: TotpRequest) {
  return (state: TotpSettingsState): TotpSettingsState => ({
    ...state,
    pending: request,
    failure: null,
  });
}

function done(state: TotpSettingsState): TotpSettingsState {
  return { ...state, enrolment: null, pending: null, failure: null };
}

export const totpSettingsFeature = createFeature({
  name: 'totpSettings',
  reducer: createReducer(
    initialTotpSettingsState,
    on(TwoFactorPageActions.opened, (): TotpSettingsState => initialTotpSettingsState),
    on(TwoFactorPageActions.startClicked, submitted(TotpRequest.Start)),
    on(TwoFactorPageActions.codeSubmitted, submitted(TotpRequest.Confirm)),
    on(TwoFactorPageActions.disableSubmitted, submitted(TotpRequest.Disable)),
    on(TwoFactorPageActions.enrolmentCancelled, done),
    on(TwoFactorApiActions.secretCreated, (state, { enrolment }): TotpSettingsState => ({
      ...state,
      enrolment,
      pending: null,
    })),
    on(TwoFactorApiActions.secretFailed, (state, { error }): TotpSettingsState => ({
      ...state,
      pending: null,
      failure: { request: TotpRequest.Start, error, fields: [] },
    })),
    on(TwoFactorApiActions.enrolmentFailed, (state, { error, fields }): TotpSettingsState => ({
      ...state,
      // 409: the server holds no secret for this session any more; start again.
      enrolment: error.status === 409 ? null : state.enrolment,
      pending: null,
      failure: { request: TotpRequest.Confirm, error, fields },
    })),
    on(TwoFactorApiActions.disableFailed, (state, { error }): TotpSettingsState => ({
      ...state,
      pending: null,
      failure: { request: TotpRequest.Disable, error, fields: [] },
    })),
    on(TwoFactorApiActions.totpEnabled, TwoFactorApiActions.totpDisabled, done),
  ),
  extraSelectors: ({ selectPending, selectFailure }) => ({
    selectIsBusy: createSelector(selectPending, (pending) => pending !== null),
    selectIsCodeWrong: createSelector(
      selectFailure,
      (failure) => failure !== null && isWrongCode(failure),
    ),
    selectIsPasswordWrong: createSelector(
      selectFailure,
      (failure) => failure !== null && isWrongPassword(failure),
    ),
    /** A refusal that belongs to no input (network, conflict, refused…): shown above the form. */
    selectOtherError: createSelector(selectFailure, (failure) =>
      failure && !isWrongCode(failure) && !isWrongPassword(failure) ? failure.error : null,
    ),
  }),
});
