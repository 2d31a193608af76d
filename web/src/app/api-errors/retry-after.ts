import { HttpErrorResponse } from '@angular/common/http';

/** Seconds a 429 asks to wait (`Retry-After` as seconds or as an HTTP date); null if unsaid. */
export function retryAfterSeconds(error: unknown, now = Date.now()): number | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 429) {
    return null;
  }
  const header = error.headers?.get('Retry-After')?.trim();
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header)) {
    return Number(header);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
