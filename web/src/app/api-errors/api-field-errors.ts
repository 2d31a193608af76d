import { HttpErrorResponse } from '@angular/common/http';

/** One entry of a 400's `fields` list: which input is wrong and why (the server's words). */
export interface ApiFieldError {
  /** Dotted path of the input, e.g. `newPassword`, `pageSize`. */
  path: string;
  message: string;
  /** A stable code the console can translate, where the API gives one (password rules). */
  rule: string | null;
}

interface FieldErrorsBody {
  error?: { fields?: unknown };
}

interface FieldErrorBody {
  path?: unknown;
  message?: unknown;
  rule?: unknown;
}

/** The `fields` of an API error body, so forms can put each message beside its input. */
export function toApiFieldErrors(error: unknown): ApiFieldError[] {
  if (!(error instanceof HttpErrorResponse) || typeof error.error !== 'object') {
    return [];
  }
  const fields = (error.error as FieldErrorsBody | null)?.error?.fields;
  if (!Array.isArray(fields)) {
    return [];
  }
  return (fields as (FieldErrorBody | null)[]).flatMap((field) =>
    typeof field?.path === 'string' && typeof field.message === 'string'
      ? [
          {
            path: field.path,
            message: field.message,
            rule: typeof field.rule === 'string' ? field.rule : null,
          },
        ]
      : [],
  );
}

/** What the server said about one input, in its order. */
export function fieldErrorsAt(fields: readonly ApiFieldError[], path: string): ApiFieldError[] {
  return fields.filter((field) => field.path === path);
}
