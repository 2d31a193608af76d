import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from './app-error';
import { markDenied } from './request-auth';

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    fields?: { path: string; message: string; rule?: string }[];
  };
}

/** body-parser's errors carry `type` and `status`; these are the client's fault, not ours. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

/** Maps anything thrown to a status and body. Unknown errors never leak their message. */
export function toErrorResponse(error: unknown): {
  status: number;
  body: ErrorBody;
  headers?: Readonly<Record<string, string>>;
} {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fields && error.fields.length > 0) body.error.fields = [...error.fields];
    const hasHeaders = Object.keys(error.headers).length > 0;
    return { status: error.status, body, ...(hasHeaders ? { headers: error.headers } : {}) };
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.parse.failed') {
      return validationBody(400, 'request body is not valid JSON');
    }
    if (error.type === 'entity.too.large') {
      return validationBody(413, 'request body is too large (limit 100kb)');
    }
    if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
      return validationBody(415, 'request body encoding is not supported; send UTF-8 JSON');
    }
  }
  return {
    status: 500,
    body: { error: { code: ErrorCode.Internal, message: 'internal error; see the server log' } },
  };
}

function validationBody(status: number, message: string): { status: number; body: ErrorBody } {
  return { status, body: { error: { code: ErrorCode.ValidationFailed, message } } };
}

/** The single error middleware: logs server faults with their stack, answers with JSON only. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body, headers } = toErrorResponse(error);
    // pino-http attaches a child logger carrying the request id; fall back to the root logger.
    const log: Logger = (req as { log?: Logger }).log ?? logger;
    if (status >= 500) log.error({ err: error }, 'request failed');
    else log.debug({ status, code: body.error.code }, body.error.message);
    // A refusal raised by a service (scope) is an access denial too: the audit records it.
    if (status === 403) markDenied(res, body.error.message);
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    res.status(status).json(body);
  };
}

/** Any /api path no route claimed: 404 in the API's error format, never the SPA's index.html. */
export const apiNotFound: RequestHandler = (req) => {
  throw AppError.notFound(`no such API route: ${req.method} ${req.originalUrl.split('?')[0]}`);
};
