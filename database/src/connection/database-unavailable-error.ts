/**
 * The configured database cannot be used right now (not running, wrong credentials, missing
 * database, unwritable file). The message names the server or file and how to fix it, so it can
 * be printed as one line without a stack.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}
