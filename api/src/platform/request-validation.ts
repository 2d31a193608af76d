import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { AppError, type FieldError } from './app-error';
import type { ApiRoute } from './api-route';
import { fieldErrorsFromIssues, summariseFieldErrors, type InputPart } from './field-errors';

/** What validation leaves in `res.locals.input` (Express 5's `req.query` is read-only). */
export interface ValidatedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

function parsePart(
  part: InputPart,
  schema: z.ZodType,
  value: unknown,
  fields: FieldError[],
): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  fields.push(...fieldErrorsFromIssues(part, result.error.issues));
  return undefined;
}

/**
 * Validates params, query and body of a request against the route's schemas and reports every
 * bad field at once, so a form can mark them all.
 */
export function validateRequest(route: ApiRoute): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const fields: FieldError[] = [];
    const params = parsePart('params', route.params, req.params ?? {}, fields);
    const query = parsePart('query', route.query, req.query ?? {}, fields);
    const body = route.body
      ? parsePart('body', route.body, req.body ?? undefined, fields)
      : undefined;
    if (fields.length > 0) throw AppError.validation(summariseFieldErrors(fields), fields);
    const input: ValidatedInput = { params, query, body };
    res.locals['input'] = input;
    next();
  };
}
