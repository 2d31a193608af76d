import { resolveDataDir } from '@extranet/database';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LauncherConfigError } from './launcher-config';

const SECRET_FILE_NAME = 'session.key';
const MIN_SECRET_LENGTH = 32;

/**
 * The key that signs session cookies: SESSION_SECRET, else `<dataDir>/session.key`, created
 * with a random value (mode 0600) on first start, so sessions survive a restart. It is a
 * defence in depth (session ids are 192-bit random anyway) and never stored in the database.
 */
export function loadSessionSecret(
  env: Record<string, string | undefined>,
  opts: { dataDir?: string } = {},
): string {
  const fromEnv = env['SESSION_SECRET']?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new LauncherConfigError(
        `SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters; leave it unset to use ${SECRET_FILE_NAME} in the data folder`,
      );
    }
    return fromEnv;
  }
  const path = join(resolveDataDir(opts.dataDir), SECRET_FILE_NAME);
  try {
    return readSecret(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(path, `${randomBytes(48).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it meanwhile: its secret is the one to use.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecret(path);
}

function readSecret(path: string): string {
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new LauncherConfigError(
      `${path} holds a session secret shorter than ${MIN_SECRET_LENGTH} characters; delete it to have a new one made`,
    );
  }
  return secret;
}
