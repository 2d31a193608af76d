import type { AuditEvent, AuditEventPage } from '../audit-api.types';

/** Specs only: one audit record (a successful sign-in unless told otherwise). */
export function anAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 101,
    occurredAt: '2026-11-22T01:30:00.000Z',
    accountId: 7,
    username: 'zhang.wei',
    sourceAddress: '10.42.13.20',
    userAgent: 'Mozilla/5.0',
    action: 'auth.sign_in',
    objectType: 'session',
    objectId: null,
    before: null,
    after: null,
    result: 'success',
    requestId: 'req-1',
    hashAlg: 'hmac-sm3',
    prevHash: 'a1'.repeat(32),
    hash: 'b2'.repeat(32),
    ...overrides,
  };
}

export function anAuditPage(items: AuditEvent[], total = items.length): AuditEventPage {
  return { items, total, page: 1, pageSize: 50 };
}
