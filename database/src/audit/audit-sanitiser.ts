import { canonicalJson } from './audit-canonical';

/**
 * Keys whose values never enter the trail, compared without case and punctuation
 * (`password_hash`, `passwordHash`, `PASSWORD-HASH` alike). A key matches when it IS one of
 * these or ENDS with one, so `newPassword`, `totpSecret`, `xsrfToken` and
 * `snmpCommunitySealed` go, while policy fields such as `passwordMinLength` and
 * `passwordExpiresAt` stay: an auditor needs to see those change.
 */
const SECRET_KEY_ENDINGS = [
  'password',
  'passwd',
  'passwordhash',
  'passwordhistory',
  'secret',
  'secretkey',
  'token',
  'community',
  'communitysealed',
  'sealed',
  'privatekey',
  'apikey',
  'credential',
  'credentials',
  'cookie',
  'authorization',
  'otpauthurl',
  'qrsvg',
  'sessionid',
  'sid',
];

/** Values that are secrets whatever their key: argon2 hashes and SecretBox envelopes. */
const SECRET_VALUE = /^(\$argon2(id|i|d)\$|v\d+:[A-Za-z0-9+/=]{8,}:[A-Za-z0-9+/=]{8,}:)/;

/** before/after are for people to read: a few levels and a few tens of kilobytes are plenty. */
const MAX_DEPTH = 12;
export const MAX_AUDIT_JSON_CHARS = 32_768;

export function isSecretKey(key: string): boolean {
  const plain = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEY_ENDINGS.some((ending) => plain === ending || plain.endsWith(ending));
}

/**
 * A copy of `value` that is plain JSON data without secrets: secret keys and secret-looking
 * strings are dropped at every depth, Dates become ISO text, bigints decimal text; functions,
 * symbols, binary data and cycles are left out rather than failing the caller's action.
 */
export function sanitiseAuditValue(value: unknown): unknown {
  return sanitise(value, 0, new WeakSet<object>());
}

function sanitise(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return SECRET_VALUE.test(value) ? undefined : value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return undefined;
  if (seen.has(value) || depth >= MAX_DEPTH) return '[omitted]';
  seen.add(value);
  try {
    if (Array.isArray(value) || value instanceof Set) {
      return [...value].map((item) => sanitise(item, depth + 1, seen) ?? null);
    }
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of entries) {
      if (typeof key !== 'string' || isSecretKey(key)) continue;
      const clean = sanitise(item, depth + 1, seen);
      if (clean !== undefined) copy[key] = clean;
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

/**
 * The text stored in before_json/after_json: sanitised, keys sorted, null for "nothing". A value
 * too large is replaced by a note of its size, so one huge body cannot fail the action.
 */
export function toAuditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const clean = sanitiseAuditValue(value);
  if (clean === undefined) return null;
  const text = canonicalJson(clean);
  return text.length <= MAX_AUDIT_JSON_CHARS
    ? text
    : canonicalJson({ omitted: 'too large', characters: text.length });
}
