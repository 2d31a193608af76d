import type { z } from 'zod';
import type { FieldError } from './app-error';

/** Where an input came from; a path is prefixed only when the part alone would be ambiguous. */
export type InputPart = 'params' | 'query' | 'body';

/**
 * Turns zod issues into the API's `fields` list. Unknown keys become one entry per key, so the
 * client sees `{ path: 'pagesize', message: 'unknown parameter' }` rather than a root-level error.
 */
export function fieldErrorsFromIssues(
  part: InputPart,
  issues: readonly z.core.$ZodIssue[],
): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const what = part === 'query' ? 'unknown query parameter' : 'unknown field';
      for (const key of issue.keys) fields.push({ path: [...base, key].join('.'), message: what });
      continue;
    }
    fields.push({ path: base.length > 0 ? base.join('.') : part, message: issue.message });
  }
  return fields;
}

/** A one-line summary for the error's `message`, naming the first few fields. */
export function summariseFieldErrors(fields: readonly FieldError[]): string {
  const names = [...new Set(fields.map((field) => field.path))];
  const shown = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return `invalid request: ${shown}${more}`;
}
