/**
 * Choice sets of the audit domain, defined once in database/src/audit/choices.ts (compiled by
 * the console too); console-only derivations follow.
 */
import { AUDIT_RESULTS, type AuditResult } from '@extranet/audit-choices';

export { AUDIT_RESULTS, AuditResult } from '@extranet/audit-choices';

export function isAuditResult(value: string): value is AuditResult {
  return (AUDIT_RESULTS as readonly string[]).includes(value);
}

/** Why `GET /api/audit/verify` found the chain broken (translated under `audit.verify.reason`). */
export const CHAIN_BREAK_REASONS = ['hash_mismatch', 'chain_break', 'missing_rows'] as const;
