import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { loadAuditChainKey } from './audit-key-source';

describe('loadAuditChainKey', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'audit-key-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const positionHash = (key: ReturnType<typeof loadAuditChainKey>) =>
    key.mac('hmac-sha256', ['probe']);

  it('when no key is configured, then audit.key is created with mode 0600 and reused', () => {
    const first = loadAuditChainKey({ dataDir, env: {} });
    const path = join(dataDir, 'audit.key');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(path, 'utf8').trim(), 'base64').length).toBe(32);
    expect(positionHash(loadAuditChainKey({ dataDir, env: {} }))).toBe(positionHash(first));
  });

  it('when AUDIT_HMAC_KEY is set, then it is used and no file is written', () => {
    const secret = randomBytes(48).toString('base64');
    const key = loadAuditChainKey({ dataDir, env: { AUDIT_HMAC_KEY: secret } });
    expect(positionHash(key)).toBe(
      positionHash(loadAuditChainKey({ dataDir, env: { AUDIT_HMAC_KEY: secret } })),
    );
    expect(() => statSync(join(dataDir, 'audit.key'))).toThrow();
  });

  it('when the key is short or not base64, then a ConfigurationError says how to make one', () => {
    for (const value of [randomBytes(16).toString('base64'), 'not base64 at all!']) {
      expect(() => loadAuditChainKey({ dataDir, env: { AUDIT_HMAC_KEY: value } })).toThrowMatching(
        (error) =>
          error instanceof ConfigurationError &&
          /AUDIT_HMAC_KEY must hold .* at least 32 random bytes; generate one/.test(error.message),
      );
    }
  });

  it('when AUDIT_HMAC_KEY_FILE names a file with a bad key, then the error names the file', () => {
    const path = join(dataDir, 'elsewhere.key');
    writeFileSync(path, 'short\n');
    expect(() => loadAuditChainKey({ dataDir, env: { AUDIT_HMAC_KEY_FILE: path } })).toThrowError(
      ConfigurationError,
      new RegExp(`audit key file ${path}`),
    );
  });
});
