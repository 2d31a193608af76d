import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadSecretKeys } from './secret-key-source';

const ALGORITHM = 'aes-256-gcm';
const FORMAT_VERSION = 'v1';
export const SECRET_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A sealed value could not be opened: it is malformed, altered, or sealed under another key. */
export class SealedSecretError extends Error {
  override readonly name = 'SealedSecretError';
}

/**
 * Seals short secrets (SNMP communities) for storage: AES-256-GCM with a fresh 96-bit IV per
 * value, stored as `v1:<base64 iv>:<base64 tag>:<base64 ciphertext>`. GCM's tag makes any change
 * to a stored value detectable. Retired keys only open: they let a key be rotated while old
 * values are re-sealed under the current one.
 */
export class SecretBox {
  private readonly key: Buffer;
  private readonly retiredKeys: readonly Buffer[];

  constructor(key: Buffer, retiredKeys: readonly Buffer[] = []) {
    for (const candidate of [key, ...retiredKeys]) {
      if (candidate.length !== SECRET_KEY_BYTES) {
        throw new RangeError(
          `SecretBox keys are ${SECRET_KEY_BYTES} bytes, not ${candidate.length}`,
        );
      }
    }
    this.key = Buffer.from(key);
    this.retiredKeys = retiredKeys.map((retired) => Buffer.from(retired));
  }

  /**
   * The key from EXTRANET_SECRET_KEY (base64 of 32 bytes), else from the file named by
   * EXTRANET_SECRET_KEY_FILE (default `<dataDir>/secret.key`, created with mode 0600 when
   * absent). EXTRANET_SECRET_KEY_RETIRED may list former keys, comma-separated.
   */
  static fromEnvironment(opts: { dataDir?: string } = {}): SecretBox {
    const { key, retiredKeys } = loadSecretKeys(opts);
    return new SecretBox(key, retiredKeys);
  }

  /** A new random key, base64, as EXTRANET_SECRET_KEY and the key file expect it. */
  static generateKey(): string {
    return randomBytes(SECRET_KEY_BYTES).toString('base64');
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT_VERSION, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join(':');
  }

  open(sealed: string): string {
    const { iv, tag, ciphertext } = parseSealed(sealed);
    for (const key of [this.key, ...this.retiredKeys]) {
      const plain = tryOpen(key, iv, tag, ciphertext);
      if (plain !== undefined) return plain;
    }
    throw new SealedSecretError(
      'A sealed secret failed authentication: it was altered, or sealed under another key ' +
        '(was EXTRANET_SECRET_KEY or the key file changed? list the former key in ' +
        'EXTRANET_SECRET_KEY_RETIRED).',
    );
  }

  /** True when the value opens with the current key; false means it should be re-sealed. */
  isSealedWithCurrentKey(sealed: string): boolean {
    const { iv, tag, ciphertext } = parseSealed(sealed);
    return tryOpen(this.key, iv, tag, ciphertext) !== undefined;
  }
}

function parseSealed(sealed: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const parts = sealed.split(':');
  const [iv, tag, ciphertext] = parts
    .slice(1)
    .map((part) => (BASE64.test(part) ? Buffer.from(part, 'base64') : undefined));
  if (
    parts.length !== 4 ||
    parts[0] !== FORMAT_VERSION ||
    iv?.length !== IV_BYTES ||
    tag?.length !== TAG_BYTES ||
    ciphertext === undefined
  ) {
    throw new SealedSecretError(
      `Not a sealed secret: expected ${FORMAT_VERSION}:<base64 iv>:<base64 tag>:<base64 ciphertext>`,
    );
  }
  return { iv, tag, ciphertext };
}

function tryOpen(key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer): string | undefined {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return undefined; // GCM tag mismatch: wrong key or altered value
  }
}
