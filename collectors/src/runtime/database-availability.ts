import { ConnectionError, TimeoutError } from 'sequelize';

/** Driver codes that mean "the database is not there right now", not "this write is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
]);

/**
 * Whether a failed write should be kept for later (the database is away: refused, reset,
 * timed out, locked too long, disk full) rather than reported as a bad write. A bad write
 * (a constraint, a syntax error) would fail again on replay, so it is never buffered.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  for (let cause: unknown = error, depth = 0; cause && depth < 4; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    cause =
      (cause as { parent?: unknown; original?: unknown; cause?: unknown }).parent ??
      (cause as { original?: unknown }).original ??
      (cause as { cause?: unknown }).cause;
  }
  return false;
}
