import { ConfigurationError } from '../config/configuration-error';
import { readAuditRetentionDays } from './audit-retention';

describe('readAuditRetentionDays', () => {
  it('when unset, then 180 days', () => {
    expect(readAuditRetentionDays({})).toBe(180);
    expect(readAuditRetentionDays({ AUDIT_RETENTION_DAYS: ' ' })).toBe(180);
  });

  it('when set to 180 or more whole days, then that value', () => {
    expect(readAuditRetentionDays({ AUDIT_RETENTION_DAYS: '365' })).toBe(365);
  });

  it('when below 180 or not a whole number, then a ConfigurationError with an example', () => {
    for (const value of ['179', '0', '-200', '200.5', 'half a year']) {
      expect(() => readAuditRetentionDays({ AUDIT_RETENTION_DAYS: value }))
        .withContext(value)
        .toThrowMatching(
          (error) =>
            error instanceof ConfigurationError &&
            error.message.includes('at least 180 days') &&
            error.message.includes('AUDIT_RETENTION_DAYS=365'),
        );
    }
  });
});
