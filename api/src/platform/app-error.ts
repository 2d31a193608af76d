/** The error codes of the API's error body; each maps to exactly one HTTP status family. */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  NotFound: 'not_found',
  Conflict: 'conflict',
  Internal: 'internal',
  /** 401: no signed-in session (or only a sign-in in progress). */
  Unauthenticated: 'unauthenticated',
  /** 401: the session ended by its idle or absolute timeout. */
  SessionExpired: 'session_expired',
  /** 401: wrong credentials, unknown, disabled or locked account: one answer for all. */
  InvalidCredentials: 'invalid_credentials',
  /** 403: signed in, but the roles or the scope do not allow it. */
  Forbidden: 'forbidden',
  /** 403: a state-changing request without the session's X-XSRF-TOKEN. */
  CsrfFailed: 'csrf_failed',
  /** 403: the password must be changed before anything else. */
  PasswordChangeRequired: 'password_change_required',
  /** 429: too many failed sign-ins from this source address; see Retry-After. */
  TooManyAttempts: 'too_many_attempts',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One rejected input field: `path` is dotted (`pageSize`, `members.0.carrier`). */
export interface FieldError {
  path: string;
  message: string;
  /** A stable code for the client to translate, where there is one (password rules). */
  rule?: string;
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
    /** Response headers that belong to the error, e.g. Retry-After on a 429. */
    readonly headers: Readonly<Record<string, string>> = {},
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

  static unauthenticated(message = 'sign in first'): AppError {
    return new AppError(401, ErrorCode.Unauthenticated, message);
  }

  static sessionExpired(): AppError {
    return new AppError(401, ErrorCode.SessionExpired, 'the session has expired; sign in again');
  }

  /** The one answer to every failed sign-in, so it never tells whether an account exists. */
  static invalidCredentials(): AppError {
    return new AppError(401, ErrorCode.InvalidCredentials, '用户名或密码错误');
  }

  static forbidden(message: string): AppError {
    return new AppError(403, ErrorCode.Forbidden, message);
  }

  static csrfFailed(): AppError {
    return new AppError(
      403,
      ErrorCode.CsrfFailed,
      'missing or wrong X-XSRF-TOKEN header; read the XSRF-TOKEN cookie (GET /api/auth/session issues it)',
    );
  }

  static passwordChangeRequired(): AppError {
    return new AppError(
      403,
      ErrorCode.PasswordChangeRequired,
      'the password must be changed first (POST /api/auth/password)',
    );
  }

  static tooManyAttempts(retryAfterSeconds: number): AppError {
    return new AppError(
      429,
      ErrorCode.TooManyAttempts,
      `too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
}
