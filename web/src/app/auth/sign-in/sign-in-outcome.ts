import type { Action } from '@ngrx/store';
import { toApiError } from '../../api-errors/api-error';
import { retryAfterSeconds } from '../../api-errors/retry-after';
import type { SignInAnswer } from '../auth-api.types';
import { AuthApiActions } from '../auth.actions';

/** The action for what a sign-in step answered: signed in, or the step the server wants next. */
export function signInOutcome(answer: SignInAnswer): Action {
  switch (answer.status) {
    case 'signed_in':
      return AuthApiActions.signedIn({ account: answer.account });
    case 'totp_required':
      return AuthApiActions.totpRequired();
    case 'totp_enrollment_required':
      return AuthApiActions.totpEnrolmentRequired({ enrolment: answer.enrollment });
    case 'password_change_required':
      return AuthApiActions.passwordChangeRequired({ account: answer.account });
  }
}

export function signInFailure(error: unknown): Action {
  return AuthApiActions.signInFailed({
    error: toApiError(error),
    retryAfterSeconds: retryAfterSeconds(error),
  });
}
