import { HttpErrorResponse } from '@angular/common/http';

/**
 * What the console keeps of a failed API call: plain data (it goes into the store), with the
 * API's error code when the server sent its `{ error: { code, message } }` body.
 */
export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's code (`not_found`, `validation_failed`, …), `network` or `unexpected`. */
  code: string;
  message: string;
}

interface ApiErrorBody {
  error?: { code?: unknown; message?: unknown };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) {
      return { status: 0, code: 'network', message: error.message };
    }
    const body = (typeof error.error === 'object' ? error.error : null) as ApiErrorBody | null;
    const code = typeof body?.error?.code === 'string' ? body.error.code : `http_${error.status}`;
    const message =
      typeof body?.error?.message === 'string' ? body.error.message : error.statusText || '';
    return { status: error.status, code, message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 0, code: 'unexpected', message };
}
