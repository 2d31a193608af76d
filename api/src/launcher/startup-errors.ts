import { ConfigurationError, DatabaseUnavailableError } from '@extranet/database';
import { LauncherConfigError } from './launcher-config';

/** A start-up failure whose message already says what is wrong and how to fix it. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

interface SystemError {
  code: string;
  syscall?: string;
}

function isSystemError(error: unknown): error is SystemError & Error {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string';
}

/** Explains why the HTTP server could not listen, as one actionable sentence. */
export function listenFailure(error: unknown, host: string, port: number): Error {
  if (!isSystemError(error)) return error instanceof Error ? error : new Error(String(error));
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${port} is in use; set PORT=… to a free port (e.g. PORT=${port === 8080 ? 8081 : 8080}) or stop the process using it`,
      );
    case 'EACCES':
      return new StartupError(
        `not allowed to listen on port ${port}; use a port above 1023, e.g. PORT=8080`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(
        `HOST=${host} is not an address of this machine; use 127.0.0.1 (local only) or 0.0.0.0 (all interfaces)`,
      );
    default:
      return error;
  }
}

/**
 * The one line printed when the console cannot start. Known failures carry their own fix;
 * anything else is a bug, reported by message only (the stack goes to the debug log).
 */
export function describeStartupFailure(error: unknown): string {
  if (
    error instanceof StartupError ||
    error instanceof LauncherConfigError ||
    error instanceof ConfigurationError ||
    error instanceof DatabaseUnavailableError
  ) {
    return oneLine(error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`unexpected error: ${message} (set LOG_LEVEL=debug for details)`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
