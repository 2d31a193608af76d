import type { ApiError } from './api-error';

/** API error codes with a translated explanation under `errors.code.*`. */
const EXPLAINED_CODES = [
  'network',
  'not_found',
  'validation_failed',
  'conflict',
  'forbidden',
  'unauthenticated',
  'internal',
  'unexpected',
] as const;

/**
 * Translation key that explains an error to an operator, or null when only the server's own
 * message can say what happened (an unknown code, e.g. a proxy's 502).
 */
export function apiErrorExplanationKey(error: ApiError): string | null {
  return (EXPLAINED_CODES as readonly string[]).includes(error.code)
    ? `errors.code.${error.code}`
    : null;
}
