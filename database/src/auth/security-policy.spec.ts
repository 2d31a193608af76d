import { DEFAULT_SECURITY_POLICY, policyBoundViolations } from './security-policy';

describe('security policy bounds', () => {
  it('when the defaults are checked, then they are within bounds', () => {
    expect(policyBoundViolations({ ...DEFAULT_SECURITY_POLICY })).toEqual([]);
  });

  it('when a policy is weakened below level 3, then each weak field is named', () => {
    const weak = {
      ...DEFAULT_SECURITY_POLICY,
      passwordMinLength: 6,
      passwordHistory: 2,
      sessionIdleMinutes: 120,
      lockoutThreshold: 1.5,
    };
    expect(policyBoundViolations(weak).map((violation) => violation.field)).toEqual([
      'passwordMinLength',
      'passwordHistory',
      'lockoutThreshold',
      'sessionIdleMinutes',
    ]);
  });
});
