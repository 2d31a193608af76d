import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The api package's version, read at start-up (package.json sits outside rootDir). */
export const API_VERSION: string = (() => {
  try {
    const file = path.resolve(__dirname, '..', '..', 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
