import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../config/configuration-error';
import { SealedSecretError, SecretBox } from './secret-box';

const KEY_VARIABLES = [
  'EXTRANET_SECRET_KEY',
  'EXTRANET_SECRET_KEY_FILE',
  'EXTRANET_SECRET_KEY_RETIRED',
];

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64');
}

describe('SecretBox', () => {
  const box = new SecretBox(Buffer.alloc(32, 1));

  it('when a value is sealed, then it opens to the same text and never contains it', () => {
    for (const plain of ['public', 'x3$Hz:9/q', '湖北-外网-只读', '']) {
      const sealed = box.seal(plain);
      expect(sealed).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$/);
      if (plain !== '') expect(sealed).not.toContain(plain);
      expect(box.open(sealed)).toBe(plain);
    }
  });

  it('when the same value is sealed twice, then a fresh IV makes the results differ', () => {
    expect(box.seal('community')).not.toBe(box.seal('community'));
  });

  it('when any part of a sealed value is altered, then open throws SealedSecretError', () => {
    const [version, iv, tag, ciphertext] = box.seal('community-string').split(':') as [
      string,
      string,
      string,
      string,
    ];
    const altered = [
      [version, flipFirstByte(iv), tag, ciphertext],
      [version, iv, flipFirstByte(tag), ciphertext],
      [version, iv, tag, flipFirstByte(ciphertext)],
    ];
    for (const parts of altered) {
      expect(() => box.open(parts.join(':'))).toThrowError(SealedSecretError, /altered/);
    }
  });

  it('when a value was sealed under another key, then open refuses it', () => {
    const other = new SecretBox(Buffer.alloc(32, 2));
    expect(() => box.open(other.seal('community'))).toThrowError(SealedSecretError);
  });

  it('when the text is not in the sealed format, then open says what format it expects', () => {
    for (const malformed of ['public', 'v2:a:b:c', 'v1:AAAA:AAAA:AAAA', 'v1:%%%:x:y', 'v1::']) {
      expect(() => box.open(malformed)).toThrowError(SealedSecretError, /expected v1:<base64 iv>/);
    }
  });

  it('when the key was rotated, then retired keys still open old values but do not seal', () => {
    const oldKey = Buffer.alloc(32, 3);
    const oldValue = new SecretBox(oldKey).seal('old-community');
    const rotated = new SecretBox(Buffer.alloc(32, 4), [oldKey]);
    expect(rotated.open(oldValue)).toBe('old-community');
    expect(rotated.isSealedWithCurrentKey(oldValue)).toBeFalse();
    expect(rotated.isSealedWithCurrentKey(rotated.seal('new'))).toBeTrue();
    expect(() => new SecretBox(oldKey).open(rotated.seal('new'))).toThrowError(SealedSecretError);
  });

  it('when a key is not 32 bytes, then the constructor refuses it', () => {
    expect(() => new SecretBox(Buffer.alloc(16))).toThrowError(RangeError);
  });

  describe('fromEnvironment', () => {
    let saved: Record<string, string | undefined>;
    let dataDir: string;

    beforeEach(() => {
      saved = Object.fromEntries(KEY_VARIABLES.map((name) => [name, process.env[name]]));
      KEY_VARIABLES.forEach((name) => delete process.env[name]);
      dataDir = mkdtempSync(join(tmpdir(), 'secret-box-'));
    });
    afterEach(() => {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('when EXTRANET_SECRET_KEY holds 32 base64 bytes, then that key is used', () => {
      const key = Buffer.alloc(32, 9);
      process.env['EXTRANET_SECRET_KEY'] = key.toString('base64');
      const sealed = SecretBox.fromEnvironment({ dataDir }).seal('x');
      expect(new SecretBox(key).open(sealed)).toBe('x');
    });

    it('when EXTRANET_SECRET_KEY is not 32 base64 bytes, then a ConfigurationError says so without the value', () => {
      for (const bad of [
        'c2hvcnQ=',
        Buffer.alloc(33, 1).toString('base64'),
        'not base64 at all!!',
      ]) {
        process.env['EXTRANET_SECRET_KEY'] = bad;
        expect(() => SecretBox.fromEnvironment({ dataDir })).toThrowError(
          ConfigurationError,
          /EXTRANET_SECRET_KEY must hold the base64 encoding of exactly 32 random bytes/,
        );
        try {
          SecretBox.fromEnvironment({ dataDir });
        } catch (error) {
          expect((error as Error).message).not.toContain(bad);
        }
      }
    });

    it('when no key is configured, then <dataDir>/secret.key is created with mode 0600 and reused', () => {
      const first = SecretBox.fromEnvironment({ dataDir });
      const keyFile = join(dataDir, 'secret.key');
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64').length).toBe(32);
      const second = SecretBox.fromEnvironment({ dataDir });
      expect(second.open(first.seal('kept across restarts'))).toBe('kept across restarts');
    });

    it('when EXTRANET_SECRET_KEY_FILE names a file, then the key is read from it', () => {
      const key = Buffer.alloc(32, 5);
      const keyFile = join(dataDir, 'elsewhere.key');
      writeFileSync(keyFile, `${key.toString('base64')}\n`);
      process.env['EXTRANET_SECRET_KEY_FILE'] = keyFile;
      expect(new SecretBox(key).open(SecretBox.fromEnvironment().seal('y'))).toBe('y');
    });

    it('when the key file holds garbage, then the ConfigurationError names the file', () => {
      writeFileSync(join(dataDir, 'secret.key'), 'garbage');
      expect(() => SecretBox.fromEnvironment({ dataDir })).toThrowError(
        ConfigurationError,
        new RegExp(`The key file ${join(dataDir, 'secret.key')} must hold`),
      );
    });

    it('when EXTRANET_SECRET_KEY_RETIRED lists the former key, then old values still open', () => {
      const oldKey = Buffer.alloc(32, 6);
      const oldValue = new SecretBox(oldKey).seal('before rotation');
      process.env['EXTRANET_SECRET_KEY'] = Buffer.alloc(32, 7).toString('base64');
      process.env['EXTRANET_SECRET_KEY_RETIRED'] = ` ${oldKey.toString('base64')} ,`;
      expect(SecretBox.fromEnvironment({ dataDir }).open(oldValue)).toBe('before rotation');
    });
  });
});
