import type { AuditEventRecord } from './audit-event';

/** Names the layout below; a future layout gets a new name and old rows keep verifying. */
export const CANONICAL_AUDIT_FORMAT = 'audit-event/1';

/**
 * The bytes an event's HMAC covers: its fields in a fixed order as a JSON array, so no field
 * can shift into another and equal records always give the same text. The id is included, so
 * a row moved to another position no longer verifies; prev_hash is chained separately.
 */
export function canonicalAuditPayload(record: AuditEventRecord): string {
  return JSON.stringify([
    CANONICAL_AUDIT_FORMAT,
    record.id,
    record.occurredAt,
    record.accountId,
    record.username,
    record.sourceAddress,
    record.userAgent,
    record.action,
    record.objectType,
    record.objectId,
    record.beforeJson,
    record.afterJson,
    record.result,
    record.requestId,
    record.hashAlg,
  ]);
}

/**
 * JSON with object keys sorted at every level, for before/after values: the same object built
 * in another order serialises to the same text. Expects plain JSON data (see the sanitiser).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  }
  return sorted;
}
