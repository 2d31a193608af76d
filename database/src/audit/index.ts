// Public surface of the audit domain in @extranet/database.
export * from './choices';
export {
  AUDIT_TEXT_LIMITS,
  type AuditEventDraft,
  type AuditEventRecord,
  type StoredAuditEvent,
  STORED_AUDIT_EVENT_COLUMNS,
  auditDateTimeText,
  occurredAtIso,
  toStoredAuditEvent,
  type StoredAuditEventRow,
} from './audit-event';
export { CANONICAL_AUDIT_FORMAT, canonicalAuditPayload, canonicalJson } from './audit-canonical';
export {
  MAX_AUDIT_JSON_CHARS,
  isSecretKey,
  sanitiseAuditValue,
  toAuditJson,
} from './audit-sanitiser';
export { AuditChainKey, preferredAuditHashAlgorithm } from './audit-chain-key';
export { loadAuditChainKey } from './audit-key-source';
export {
  ChainBreakReason,
  GENESIS_HASH,
  auditEventHash,
  verifyAuditRows,
  type ChainPosition,
  type ChainVerification,
} from './audit-hash-chain';
export { AuditChainStateError, readChainState, type AuditChainState } from './audit-chain-state';
export { appendAuditEvent, toAuditRecord } from './audit-appender';
export { DEFAULT_VERIFY_PAGE_SIZE, verifyAuditChain } from './audit-verifier';
export {
  AUDIT_PURGE_ACTION,
  DEFAULT_AUDIT_RETENTION_DAYS,
  purgeExpiredAuditEvents,
  readAuditRetentionDays,
  type AuditPurgeOptions,
  type AuditPurgeReport,
} from './audit-retention';
export {
  AUDIT_DELETE_TRIGGER,
  AUDIT_UPDATE_TRIGGER,
  auditTriggerStatements,
  createAuditTriggers,
} from './audit-triggers';
