/** The error codes of the API's error body; each maps to exactly one HTTP status family. */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  NotFound: 'not_found',
  Conflict: 'conflict',
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One rejected input field: `path` is dotted (`pageSize`, `members.0.carrier`). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The only error type the API throws on purpose. Anything else reaching the error middleware is
 * a bug and is answered with a generic 500.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: readonly FieldError[],
  ) {
    super(message);
  }

  static validation(message: string, fields?: readonly FieldError[]): AppError {
    return new AppError(400, ErrorCode.ValidationFailed, message, fields);
  }

  /** A single rejected field, e.g. a unit code that passed the schema but does not exist. */
  static invalidField(path: string, message: string): AppError {
    return AppError.validation(`invalid ${path}: ${message}`, [{ path, message }]);
  }

  static notFound(message: string): AppError {
    return new AppError(404, ErrorCode.NotFound, message);
  }

  static conflict(message: string): AppError {
    return new AppError(409, ErrorCode.Conflict, message);
  }
}
