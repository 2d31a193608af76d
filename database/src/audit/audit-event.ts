import type { AuditResult } from './choices';

/** What a caller asks to record; `before`/`after` are sanitised and serialised on the way in. */
export interface AuditEventDraft {
  /** When the action happened; now when omitted. Stored in UTC with milliseconds. */
  occurredAt?: Date;
  accountId: number | null;
  username: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
  /** Dotted verb, e.g. `auth.sign_in`, `nodes.create`, `http.POST /api/nodes`. */
  action: string;
  objectType: string | null;
  objectId: string | null;
  before?: unknown;
  after?: unknown;
  result: AuditResult;
  requestId: string | null;
}

/**
 * The stored fields the HMAC covers, exactly as they are kept. Text fields are plain strings
 * (not the choice types) because a tampered row may hold anything and must still be hashed.
 */
export interface AuditEventRecord {
  id: number;
  /** ISO 8601 UTC with milliseconds, e.g. `2026-03-01T02:03:04.005Z`. */
  occurredAt: string;
  accountId: number | null;
  username: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  result: string;
  requestId: string | null;
  hashAlg: string;
}

export interface StoredAuditEvent extends AuditEventRecord {
  prevHash: string;
  hash: string;
}

/** Column widths in characters (MySQL VARCHAR counts characters in utf8mb4). */
export const AUDIT_TEXT_LIMITS = {
  username: 64,
  sourceAddress: 64,
  userAgent: 512,
  action: 200,
  objectType: 64,
  objectId: 128,
  requestId: 128,
} as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes a text value storable without change, so the hash computed before the INSERT matches
 * what a later SELECT returns: lone surrogates would become U+FFFD in utf8mb4, NUL is refused
 * by some drivers, and an over-long value would be cut (or refused) by the column.
 */
export function storableText(value: string | null | undefined, maxChars: number): string | null {
  if (value === null || value === undefined) return null;
  const clean = value.replace(LONE_SURROGATE, '\uFFFD').replace(/\0/g, '');
  const codePoints = Array.from(clean);
  return codePoints.length <= maxChars ? clean : codePoints.slice(0, maxChars).join('');
}

/** `2026-03-01 02:03:04.005` (+ ` +00:00` on SQLite, the text Sequelize itself stores there). */
export function auditDateTimeText(date: Date, dialect: string): string {
  const iso = date.toISOString();
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  return dialect === 'sqlite' ? `${text} +00:00` : text;
}

const SQL_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads occurred_at as either driver returns it: mysql2 gives a Date (session in UTC), SQLite
 * the stored text. Anything unreadable gives '' so verification reports the row, not a crash.
 */
export function occurredAtIso(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value !== 'string') return '';
  const match = SQL_DATE_TIME.exec(value.trim());
  if (!match) return '';
  const [, day, time, fraction = '', offset] = match;
  const zone = !offset || offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const date = new Date(`${day}T${time}.${millis}${zone}`);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The SELECT list that reads a stored event under the record's field names. */
export const STORED_AUDIT_EVENT_COLUMNS = `id, occurred_at AS occurredAt, account_id AS accountId,
  username, source_address AS sourceAddress, user_agent AS userAgent, action,
  object_type AS objectType, object_id AS objectId, before_json AS beforeJson,
  after_json AS afterJson, result, request_id AS requestId, hash_alg AS hashAlg,
  prev_hash AS prevHash, hash`;

export type StoredAuditEventRow = Record<keyof StoredAuditEvent, unknown>;

export function toStoredAuditEvent(row: StoredAuditEventRow): StoredAuditEvent {
  return {
    id: Number(row.id),
    occurredAt: occurredAtIso(row.occurredAt),
    accountId: row.accountId === null || row.accountId === undefined ? null : Number(row.accountId),
    username: textOrNull(row.username),
    sourceAddress: textOrNull(row.sourceAddress),
    userAgent: textOrNull(row.userAgent),
    action: String(row.action ?? ''),
    objectType: textOrNull(row.objectType),
    objectId: textOrNull(row.objectId),
    beforeJson: textOrNull(row.beforeJson),
    afterJson: textOrNull(row.afterJson),
    result: String(row.result ?? ''),
    requestId: textOrNull(row.requestId),
    hashAlg: String(row.hashAlg ?? ''),
    prevHash: String(row.prevHash ?? ''),
    hash: String(row.hash ?? ''),
  };
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
