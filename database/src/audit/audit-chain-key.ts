import { createHmac, getHashes } from 'node:crypto';
import { AuditHashAlgorithm } from './choices';

const DIGEST_OF: Record<AuditHashAlgorithm, string> = {
  [AuditHashAlgorithm.HmacSm3]: 'sm3',
  [AuditHashAlgorithm.HmacSha256]: 'sha256',
};

/** HMAC-SM3 (GB/T 32905, the national standard) where OpenSSL offers it, else HMAC-SHA256. */
export function preferredAuditHashAlgorithm(
  availableHashes: readonly string[] = getHashes(),
): AuditHashAlgorithm {
  return availableHashes.includes('sm3')
    ? AuditHashAlgorithm.HmacSm3
    : AuditHashAlgorithm.HmacSha256;
}

export function isAuditHashAlgorithm(value: string): value is AuditHashAlgorithm {
  return Object.prototype.hasOwnProperty.call(DIGEST_OF, value);
}

/**
 * The audit chain's HMAC key. The bytes sit in a private field, so neither JSON.stringify nor a
 * logger printing the object can reveal them; they are never stored in the database.
 */
export class AuditChainKey {
  readonly #secret: Buffer;

  constructor(
    secret: Buffer,
    /** The algorithm for new rows; rows already written keep the one they name. */
    readonly algorithm: AuditHashAlgorithm = preferredAuditHashAlgorithm(),
  ) {
    if (secret.length < 32) throw new Error('an audit HMAC key needs at least 32 bytes');
    this.#secret = Buffer.from(secret);
  }

  /** Hex HMAC of the parts, joined by newlines (the parts are hex or JSON: no raw newline). */
  mac(algorithm: AuditHashAlgorithm, parts: readonly string[]): string {
    return createHmac(DIGEST_OF[algorithm], this.#secret).update(parts.join('\n')).digest('hex');
  }

  toJSON(): string {
    return '[AuditChainKey]';
  }
}
