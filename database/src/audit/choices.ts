/**
 * Choice sets of the audit domain, defined once and used by the database columns, the API's
 * validation schemas and the console's filters (NetBox ChoiceSet style).
 */
export const AuditResult = {
  Success: 'success',
  Failure: 'failure',
  Denied: 'denied',
} as const;
export type AuditResult = (typeof AuditResult)[keyof typeof AuditResult];
export const AUDIT_RESULTS: readonly AuditResult[] = Object.values(AuditResult);

/** Stored per row, so a chain written before a platform change still verifies afterwards. */
export const AuditHashAlgorithm = {
  HmacSm3: 'hmac-sm3',
  HmacSha256: 'hmac-sha256',
} as const;
export type AuditHashAlgorithm = (typeof AuditHashAlgorithm)[keyof typeof AuditHashAlgorithm];
export const AUDIT_HASH_ALGORITHMS: readonly AuditHashAlgorithm[] =
  Object.values(AuditHashAlgorithm);

/** MLPS 2.0 level 3 asks for at least six months of audit records. */
export const MIN_AUDIT_RETENTION_DAYS = 180;

export const AUDIT_EVENTS_TABLE = 'audit_events';
/** One row (id 1): the chain head and the retention anchor. */
export const AUDIT_CHAIN_STATE_TABLE = 'audit_chain_state';
/** SQLite only: a row here, inside the purge's own transaction, lets the DELETE trigger pass. */
export const AUDIT_RETENTION_MARKER_TABLE = 'audit_retention_marker';
