import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { resolveDataDir } from '../config/data-dir';
import { AuditChainKey } from './audit-chain-key';

const MIN_KEY_BYTES = 32;
const KEY_FILE_NAME = 'audit.key';
const HOW_TO_GENERATE =
  "generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"";

type Env = Record<string, string | undefined>;

/**
 * Finds the audit chain's HMAC key: AUDIT_HMAC_KEY (base64, ≥ 32 bytes), else the key file
 * AUDIT_HMAC_KEY_FILE (default <dataDir>/audit.key), created with a random key and mode 0600
 * when missing. It is deliberately not the SecretBox key: whoever may decrypt node communities
 * need not be able to re-sign the audit trail, and either can be rotated alone.
 */
export function loadAuditChainKey(opts: { dataDir?: string; env?: Env } = {}): AuditChainKey {
  const env = opts.env ?? process.env;
  const fromVariable = env['AUDIT_HMAC_KEY']?.trim();
  if (fromVariable) return new AuditChainKey(decodeKey(fromVariable, 'AUDIT_HMAC_KEY'));
  const configured = env['AUDIT_HMAC_KEY_FILE']?.trim();
  const path = configured
    ? resolve(process.cwd(), configured)
    : join(resolveDataDir(opts.dataDir), KEY_FILE_NAME);
  return new AuditChainKey(readOrCreateKeyFile(path));
}

function readOrCreateKeyFile(path: string): Buffer {
  try {
    return decodeKey(readFileSync(path, 'utf8').trim(), `The audit key file ${path}`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (codeOf(error) !== 'ENOENT') throw unreadable(path, error);
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 'wx' fails when another process created the file meanwhile: its key is then the one used.
    writeFileSync(path, `${randomBytes(MIN_KEY_BYTES).toString('base64')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw unreadable(path, error);
  }
  return decodeKey(readFileSync(path, 'utf8').trim(), `The audit key file ${path}`);
}

function decodeKey(value: string, origin: string): Buffer {
  const key = Buffer.from(value, 'base64');
  // Buffer.from skips stray characters, so a round trip proves the value really was base64.
  const isCanonical = key.toString('base64').replace(/=+$/, '') === value.replace(/=+$/, '');
  if (!isCanonical || key.length < MIN_KEY_BYTES) {
    throw new ConfigurationError(
      `${origin} must hold the base64 encoding of at least ${MIN_KEY_BYTES} random bytes; ` +
        HOW_TO_GENERATE,
    );
  }
  return key;
}

function unreadable(path: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `Cannot read or create the audit key file ${path} (${codeOf(error) ?? 'error'}). Make its ` +
      'folder writable, point AUDIT_HMAC_KEY_FILE elsewhere, or set AUDIT_HMAC_KEY.',
  );
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
