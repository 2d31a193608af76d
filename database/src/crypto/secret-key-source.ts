import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../config/configuration-error';
import { resolveDataDir } from '../config/data-dir';

const KEY_BYTES = 32;
const KEY_FILE_NAME = 'secret.key';
const HOW_TO_GENERATE =
  "generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"";

/**
 * Finds the SecretBox keys. Precedence: EXTRANET_SECRET_KEY, then the key file
 * (EXTRANET_SECRET_KEY_FILE, default <dataDir>/secret.key). A missing key file is created with
 * a random key, readable by this user only, so a fresh install works without setup; messages
 * name the variable or file at fault but never a key.
 */
export function loadSecretKeys(opts: { dataDir?: string } = {}): {
  key: Buffer;
  retiredKeys: Buffer[];
} {
  const fromVariable = process.env['EXTRANET_SECRET_KEY']?.trim();
  const key = fromVariable
    ? decodeKey(fromVariable, 'EXTRANET_SECRET_KEY')
    : readOrCreateKeyFile(keyFilePath(opts.dataDir));
  const retiredKeys = (process.env['EXTRANET_SECRET_KEY_RETIRED'] ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value, index) => decodeKey(value, `EXTRANET_SECRET_KEY_RETIRED (entry ${index + 1})`));
  return { key, retiredKeys };
}

function keyFilePath(dataDir: string | undefined): string {
  const configured = process.env['EXTRANET_SECRET_KEY_FILE']?.trim();
  return configured
    ? resolve(process.cwd(), configured)
    : join(resolveDataDir(dataDir), KEY_FILE_NAME);
}

function readOrCreateKeyFile(path: string): Buffer {
  try {
    return decodeKey(readFileSync(path, 'utf8').trim(), `The key file ${path}`);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (codeOf(error) !== 'ENOENT') throw unreadable(path, error);
  }
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 'wx' fails if another process created the file meanwhile: then its key is the one to use.
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString('base64')}\n`, {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw unreadable(path, error);
  }
  return decodeKey(readFileSync(path, 'utf8').trim(), `The key file ${path}`);
}

function decodeKey(value: string, origin: string): Buffer {
  const key = Buffer.from(value, 'base64');
  // Buffer.from ignores stray characters, so a round trip proves the value really was base64.
  const isCanonical = key.toString('base64').replace(/=+$/, '') === value.replace(/=+$/, '');
  if (!isCanonical || key.length !== KEY_BYTES) {
    throw new ConfigurationError(
      `${origin} must hold the base64 encoding of exactly ${KEY_BYTES} random bytes ` +
        `(44 characters); ${HOW_TO_GENERATE}`,
    );
  }
  return key;
}

function unreadable(path: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `Cannot read or create the secret key file ${path} (${codeOf(error) ?? 'error'}). Make its ` +
      'folder writable, point EXTRANET_SECRET_KEY_FILE elsewhere, or set EXTRANET_SECRET_KEY.',
  );
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
