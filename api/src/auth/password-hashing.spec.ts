import { DEFAULT_SECURITY_POLICY, unmetPasswordRules } from '@extranet/database';
import { PasswordHasher, generateOneTimePassword } from './password-hashing';

describe('PasswordHasher and one-time passwords', () => {
  const hasher = new PasswordHasher();

  it('when hashed, then it is argon2id and verifies only the same password', async () => {
    const hash = await hasher.hash('Extranet-2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await hasher.verify(hash, 'Extranet-2026')).toBeTrue();
    expect(await hasher.verify(hash, 'extranet-2026')).toBeFalse();
    expect(await hasher.verify('not a hash', 'Extranet-2026')).toBeFalse();
    expect(await hasher.verifyDecoy('Extranet-2026')).toBeFalse();
  });

  it('when one-time passwords are made, then they are random and meet the default policy', () => {
    const made = new Set(Array.from({ length: 50 }, () => generateOneTimePassword()));
    expect(made.size).toBe(50);
    for (const password of made) {
      expect(password.length).toBe(16);
      const unmet = unmetPasswordRules(password, DEFAULT_SECURITY_POLICY, {
        username: 'sysadmin',
        isReused: false,
      });
      expect(unmet).toEqual([]);
    }
  });
});
