import { canonicalAuditPayload, canonicalJson } from './audit-canonical';
import type { AuditEventRecord } from './audit-event';

const record: AuditEventRecord = {
  id: 7,
  occurredAt: '2026-03-01T02:03:04.005Z',
  accountId: 3,
  username: '张三',
  sourceAddress: '10.42.13.5',
  userAgent: 'Mozilla/5.0',
  action: 'nodes.create',
  objectType: 'nodes',
  objectId: '42',
  beforeJson: null,
  afterJson: '{"hostname":"HB-4213-R01"}',
  result: 'success',
  requestId: 'req-1',
  hashAlg: 'hmac-sm3',
};

describe('canonicalAuditPayload', () => {
  it('when the same record is serialised twice, then the text is identical and versioned', () => {
    const text = canonicalAuditPayload(record);
    expect(canonicalAuditPayload({ ...record })).toBe(text);
    expect(text).toBe(
      '["audit-event/1",7,"2026-03-01T02:03:04.005Z",3,"张三","10.42.13.5","Mozilla/5.0",' +
        '"nodes.create","nodes","42",null,"{\\"hostname\\":\\"HB-4213-R01\\"}","success","req-1","hmac-sm3"]',
    );
  });

  it('when the record is built with its keys in another order, then the text is the same', () => {
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as AuditEventRecord;
    expect(canonicalAuditPayload(reversed)).toBe(canonicalAuditPayload(record));
  });

  it('when any field changes, then the text changes', () => {
    const base = canonicalAuditPayload(record);
    for (const field of Object.keys(record) as (keyof AuditEventRecord)[]) {
      const changed = { ...record, [field]: field === 'id' || field === 'accountId' ? 8 : 'x' };
      expect(canonicalAuditPayload(changed)).withContext(field).not.toBe(base);
    }
  });

  it('when a value moves from one field to the next, then the text changes', () => {
    const shifted = { ...record, objectType: null, objectId: 'nodes' };
    expect(canonicalAuditPayload(shifted)).not.toBe(canonicalAuditPayload(record));
  });
});

describe('canonicalJson', () => {
  it('when objects differ only in key order at any depth, then the text is the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: '中' } })).toBe(
      canonicalJson({ a: { c: '中', d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
