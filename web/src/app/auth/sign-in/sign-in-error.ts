import type { ApiError } from '../../api-errors/api-error';
import { apiErrorExplanationKey } from '../../api-errors/api-error-description';
import { isLapsedSignIn } from '../auth.feature';

/** How to word a failed sign-in step: a translation key with params, or the server's words. */
export interface SignInErrorText {
  key: string | null;
  params: Record<string, unknown>;
  serverMessage: string | null;
}

/** Codes whose server message is meant for the person signing in (deliberately vague ones). */
const SERVER_WORDED = new Set(['invalid_credentials', 'invalid_code', 'validation_failed']);

export function describeSignInError(
  error: ApiError,
  retryAfterSeconds: number | null,
): SignInErrorText {
  if (error.status === 429 || error.code === 'too_many_attempts') {
    return retryAfterSeconds === null
      ? { key: 'auth.signIn.tooManyAttempts', params: {}, serverMessage: null }
      : {
          key: 'auth.signIn.tooManyAttemptsWait',
          params: { seconds: retryAfterSeconds },
          serverMessage: null,
        };
  }
  if (SERVER_WORDED.has(error.code) && error.message) {
    return { key: null, params: {}, serverMessage: error.message };
  }
  if (isLapsedSignIn(error)) {
    return { key: 'auth.signIn.stepExpired', params: {}, serverMessage: null };
  }
  if (error.code === 'csrf_failed') {
    return { key: 'auth.signIn.csrfFailed', params: {}, serverMessage: null };
  }
  const explanation = apiErrorExplanationKey(error);
  return explanation
    ? { key: explanation, params: {}, serverMessage: null }
    : { key: 'auth.signIn.failed', params: {}, serverMessage: error.message || null };
}
