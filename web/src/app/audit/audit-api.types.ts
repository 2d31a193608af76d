/** Shapes of `/api/audit/*` (docs/CONTRACTS.md, "Audit trail"). Times are ISO-8601 UTC. */
import type { AuditResult } from './audit-choices';

export interface AuditEvent {
  id: number;
  occurredAt: string;
  accountId: number | null;
  username: string | null;
  sourceAddress: string | null;
  userAgent: string | null;
  /** e.g. `auth.sign_in`, `nodes.create`, `http.POST /api/...`. */
  action: string;
  objectType: string | null;
  objectId: string | null;
  /** Values before and after the change (never secrets); JSON, or null. */
  before: unknown;
  after: unknown;
  result: AuditResult;
  requestId: string | null;
  /** `hmac-sm3` or `hmac-sha256`: how this row is chained to the previous one. */
  hashAlg: string;
  prevHash: string;
  hash: string;
}

export interface AuditEventPage {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

/** `GET /api/audit/verify`: the first broken link of the hash chain, if any. */
export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
}
