import { z } from 'zod';

/**
 * A comma-separated list of allowed values (`?state=down,redundancy_lost`), deduplicated. An
 * unknown entry is reported against the parameter itself, naming the entry and the choices.
 */
export function commaListOf<const T extends string>(choices: readonly T[], what: string) {
  const allowed = new Set<string>(choices);
  return z
    .string()
    .transform((raw, ctx): T[] => {
      const entries = [...new Set(raw.split(',').map((entry) => entry.trim()))].filter(Boolean);
      const unknown = entries.filter((entry) => !allowed.has(entry));
      if (entries.length === 0 || unknown.length > 0) {
        ctx.issues.push({
          code: 'custom',
          input: raw,
          message:
            entries.length === 0
              ? `expected at least one ${what}`
              : `unknown ${what} '${unknown.join("', '")}'; expected one of ${choices.join(', ')}`,
        });
        return z.NEVER;
      }
      return entries as T[];
    })
    .meta({
      description: `Comma-separated ${what}s: ${choices.join(', ')}`,
      override: { type: 'string' },
    });
}

/** Free-text search, trimmed, at most 64 characters; blank means "no search" (`?q=`). */
export const searchText = z
  .string()
  .trim()
  .max(64, 'must be at most 64 characters')
  .transform((text) => (text === '' ? undefined : text));

/**
 * Escapes LIKE wildcards so `q=50%` searches for a literal percent sign. Use with
 * `ESCAPE '!'`: backslash would need different quoting in MySQL and SQLite string literals.
 */
export const LIKE_ESCAPE_CLAUSE = "ESCAPE '!'";

export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (char) => `!${char}`);
}
