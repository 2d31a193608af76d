import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LauncherConfigError } from './launcher-config';
import { loadSessionSecret } from './session-secret';

describe('loadSessionSecret', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(path.join(tmpdir(), 'session-secret-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when nothing is configured, then a key file is created once (0600) and reused', () => {
    const first = loadSessionSecret({}, { dataDir });
    const file = path.join(dataDir, 'session.key');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSessionSecret({}, { dataDir })).toBe(first);
  });

  it('when SESSION_SECRET is set, then it wins; a short one is refused by name', () => {
    const secret = 'x'.repeat(40);
    expect(loadSessionSecret({ SESSION_SECRET: secret }, { dataDir })).toBe(secret);
    expect(() => loadSessionSecret({ SESSION_SECRET: 'short' }, { dataDir })).toThrowMatching(
      (error) => error instanceof LauncherConfigError && /SESSION_SECRET/.test(error.message),
    );
  });
});
