import { resolve } from 'node:path';

/**
 * Where the console keeps its local files (the embedded SQLite database, the secret key):
 * the explicit option, else EXTRANET_DATA_DIR, else ./data under the working directory.
 */
export function resolveDataDir(dataDir?: string): string {
  const chosen = dataDir || process.env['EXTRANET_DATA_DIR'] || 'data';
  return resolve(process.cwd(), chosen);
}
