import { randomBytes } from 'node:crypto';
import { toAuditRecord } from './audit-appender';
import { AuditChainKey, preferredAuditHashAlgorithm } from './audit-chain-key';
import type { StoredAuditEvent } from './audit-event';
import {
  GENESIS_HASH,
  GENESIS_POSITION,
  auditEventHash,
  chainPointerMac,
  isGenuinePointer,
  verifyAuditRows,
  type ChainPosition,
} from './audit-hash-chain';
import { AuditResult } from './choices';

const key = new AuditChainKey(randomBytes(32));

/** A chain of n events built exactly as the appender builds it. */
function chainOf(n: number, start: ChainPosition = GENESIS_POSITION): StoredAuditEvent[] {
  const rows: StoredAuditEvent[] = [];
  let previous = start;
  for (let i = 1; i <= n; i += 1) {
    const record = toAuditRecord(
      {
        accountId: i,
        username: `operator${i}`,
        sourceAddress: '10.42.0.1',
        userAgent: 'spec',
        action: 'nodes.update',
        objectType: 'nodes',
        objectId: String(i),
        before: { hostname: 'old' },
        after: { hostname: '新' },
        result: AuditResult.Success,
        requestId: `r${i}`,
      },
      previous.eventId + 1,
      key,
      new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    );
    const hash = auditEventHash(key, record, previous.hash)!;
    rows.push({ ...record, prevHash: previous.hash, hash });
    previous = { eventId: record.id, hash };
  }
  return rows;
}

const headOf = (rows: StoredAuditEvent[]): ChainPosition => ({
  eventId: rows[rows.length - 1]!.id,
  hash: rows[rows.length - 1]!.hash,
});

describe('the audit hash chain', () => {
  it('when nothing was changed, then every row verifies', () => {
    const rows = chainOf(5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, headOf(rows))).toEqual({
      ok: true,
      checked: 5,
    });
  });

  it('when a field of a row is edited, then that row is reported as a hash mismatch', () => {
    const rows = chainOf(5);
    const head = headOf(rows);
    rows[2] = { ...rows[2]!, result: 'failure' };
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, head)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenId: 3,
      reason: 'hash_mismatch',
    });
  });

  it('when an edited row is re-hashed without the key, then it still does not verify', () => {
    const rows = chainOf(3);
    const head = headOf(rows);
    const otherKey = new AuditChainKey(randomBytes(32));
    const forged = { ...rows[1]!, username: 'someone-else' };
    rows[1] = { ...forged, hash: auditEventHash(otherKey, forged, forged.prevHash)! };
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, head).firstBrokenId).toBe(2);
  });

  it('when a row is removed, then its id is reported as missing', () => {
    const rows = chainOf(5);
    const head = headOf(rows);
    rows.splice(1, 1);
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, head)).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 2, reason: 'missing_rows' }),
    );
  });

  it('when the newest rows are cut off, then the first missing id is reported', () => {
    const rows = chainOf(5);
    const head = headOf(rows);
    expect(verifyAuditRows(key, rows.slice(0, 3), GENESIS_POSITION, head)).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 4, reason: 'missing_rows' }),
    );
  });

  it('when two rows swap places (ids renumbered), then the first moved row is reported', () => {
    const rows = chainOf(4);
    const head = headOf(rows);
    const swapped = [rows[0]!, { ...rows[2]!, id: 2 }, { ...rows[1]!, id: 3 }, rows[3]!];
    expect(verifyAuditRows(key, swapped, GENESIS_POSITION, head)).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 2, reason: 'chain_break' }),
    );
  });

  it('when rows come out of order, then the gap is reported', () => {
    const rows = chainOf(4);
    const reordered = [rows[0]!, rows[2]!, rows[1]!, rows[3]!];
    expect(verifyAuditRows(key, reordered, GENESIS_POSITION, headOf(rows))).toEqual(
      jasmine.objectContaining({ ok: false, firstBrokenId: 2, reason: 'missing_rows' }),
    );
  });

  it('when prev_hash of a row is rewritten, then the link is reported broken', () => {
    const rows = chainOf(3);
    const head = headOf(rows);
    rows[1] = { ...rows[1]!, prevHash: 'f'.repeat(64) };
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, head)).toEqual(
      jasmine.objectContaining({ firstBrokenId: 2, reason: 'chain_break' }),
    );
  });

  it('when verification starts at a retention anchor, then rows after it verify', () => {
    const rows = chainOf(6);
    const anchor = { eventId: rows[2]!.id, hash: rows[2]!.hash };
    expect(verifyAuditRows(key, rows.slice(3), anchor, headOf(rows))).toEqual({
      ok: true,
      checked: 3,
    });
    expect(verifyAuditRows(key, rows.slice(4), anchor, headOf(rows)).reason).toBe('missing_rows');
  });

  it('when the algorithm a row names is unknown, then the row does not verify', () => {
    const rows = chainOf(2);
    const head = headOf(rows);
    rows[0] = { ...rows[0]!, hashAlg: 'md5' };
    expect(verifyAuditRows(key, rows, GENESIS_POSITION, head).firstBrokenId).toBe(1);
  });
});

describe('chain pointers and algorithms', () => {
  it('when a pointer is signed, then only the same key, kind and position accept it', () => {
    const position = { eventId: 9, hash: 'a'.repeat(64) };
    const mac = chainPointerMac(key, 'head', position);
    expect(mac.startsWith(`${key.algorithm}:`)).toBeTrue();
    expect(isGenuinePointer(key, 'head', position, mac)).toBeTrue();
    expect(isGenuinePointer(key, 'anchor', position, mac)).toBeFalse();
    expect(isGenuinePointer(key, 'head', { ...position, eventId: 8 }, mac)).toBeFalse();
    expect(isGenuinePointer(new AuditChainKey(randomBytes(32)), 'head', position, mac)).toBeFalse();
    expect(isGenuinePointer(key, 'head', position, null)).toBeFalse();
  });

  it('when OpenSSL offers SM3, then HMAC-SM3 is chosen, else HMAC-SHA256', () => {
    expect(preferredAuditHashAlgorithm(['sha256', 'sm3'])).toBe('hmac-sm3');
    expect(preferredAuditHashAlgorithm(['sha256'])).toBe('hmac-sha256');
  });

  it('when the key object is serialised, then the key bytes do not appear', () => {
    const secret = randomBytes(32);
    const text = JSON.stringify({ key: new AuditChainKey(secret) });
    expect(text).not.toContain(secret.toString('hex'));
    expect(text).not.toContain(secret.toString('base64'));
  });
});
