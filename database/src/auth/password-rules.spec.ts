import { PasswordRule } from './choices';
import {
  PASSWORD_MAX_LENGTH,
  characterClassesOf,
  isPasswordExpired,
  passwordExpiresAt,
  unmetPasswordRules,
} from './password-rules';
import { DEFAULT_SECURITY_POLICY } from './security-policy';

const rulesOf = (password: string, isReused = false, username = 'zhangsan') =>
  unmetPasswordRules(password, DEFAULT_SECURITY_POLICY, { username, isReused }).map(
    (unmet) => unmet.rule,
  );

describe('password rules', () => {
  it('when characters are counted, then four classes are told apart', () => {
    expect(characterClassesOf('abc')).toBe(1);
    expect(characterClassesOf('abcDEF')).toBe(2);
    expect(characterClassesOf('abcDEF123')).toBe(3);
    expect(characterClassesOf('abcDEF123!')).toBe(4);
    expect(characterClassesOf('湖北abc1')).toBe(3);
  });

  it('when a password meets the default policy, then nothing is unmet', () => {
    expect(rulesOf('Extranet-2026')).toEqual([]);
    expect(rulesOf('extranet-2026')).toEqual([]);
  });

  it('when a password is short or plain, then each unmet rule is listed', () => {
    expect(rulesOf('Ab1!')).toEqual([PasswordRule.MinLength]);
    expect(rulesOf('abcdefghij')).toEqual([PasswordRule.MinClasses]);
    expect(rulesOf('abc')).toEqual([PasswordRule.MinLength, PasswordRule.MinClasses]);
    expect(rulesOf(`Aa1!${'x'.repeat(PASSWORD_MAX_LENGTH)}`)).toEqual([PasswordRule.MaxLength]);
  });

  it('when a password contains the username or is reused, then those rules are unmet', () => {
    expect(rulesOf('ZhangSan-2026')).toEqual([PasswordRule.ContainsUsername]);
    expect(rulesOf('Extranet-2026', true)).toEqual([PasswordRule.Reused]);
  });

  it('when the policy asks for four classes and twelve characters, then it is applied', () => {
    const strict = { ...DEFAULT_SECURITY_POLICY, passwordMinLength: 12, passwordMinClasses: 4 };
    const unmet = unmetPasswordRules('extranet-2026', strict, { username: 'li', isReused: false });
    expect(unmet.map((rule) => rule.rule)).toEqual([PasswordRule.MinClasses]);
    expect(unmet[0]!.message).toContain('4');
  });

  it('when the maximum age has passed, then the password has expired', () => {
    const changedAt = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpiresAt(changedAt, DEFAULT_SECURITY_POLICY).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    const policy = DEFAULT_SECURITY_POLICY;
    expect(isPasswordExpired(changedAt, policy, new Date('2026-03-31T23:59:59Z'))).toBeFalse();
    expect(isPasswordExpired(changedAt, policy, new Date('2026-04-01T00:00:00Z'))).toBeTrue();
  });
});
