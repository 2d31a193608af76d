import {
  MAX_AUDIT_JSON_CHARS,
  isSecretKey,
  sanitiseAuditValue,
  toAuditJson,
} from './audit-sanitiser';

describe('sanitiseAuditValue', () => {
  it('when secrets sit at any depth, then their keys are dropped and the rest is kept', () => {
    const account = {
      username: 'li.si',
      password: 'Secret-123',
      passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$abc$def',
      totpSecret: 'JBSWY3DPEHPK3PXP',
      roles: ['network_operator'],
      node: { hostname: 'HB-4213-R01', community: 'public', snmpCommunitySealed: 'v1:a:b:c' },
      history: [{ token: 't', secret: 's', at: 1 }],
      password_hash: 'x',
      oneTimePassword: 'Abc-12345',
      xsrfToken: 'x',
    };
    expect(sanitiseAuditValue(account)).toEqual({
      username: 'li.si',
      roles: ['network_operator'],
      node: { hostname: 'HB-4213-R01' },
      history: [{ at: 1 }],
    });
  });

  it('when policy fields merely mention passwords, then they are kept for the auditor', () => {
    const policy = { passwordMinLength: 8, passwordMaxAgeDays: 90, passwordExpiresAt: 'x' };
    expect(sanitiseAuditValue(policy)).toEqual(policy);
    expect(isSecretKey('passwordMinLength')).toBeFalse();
    expect(isSecretKey('newPassword')).toBeTrue();
    expect(isSecretKey('API_KEY')).toBeTrue();
  });

  it('when a value looks like a password hash or a sealed secret, then it is dropped whatever its key', () => {
    expect(
      sanitiseAuditValue({
        note: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
        sealed2: 'v1:AAAAAAAAAAAA:BBBBBBBBBBBBBBBB:CCCCCCCC',
        plain: 'v1 is fine',
      }),
    ).toEqual({ plain: 'v1 is fine' });
  });

  it('when values are not plain JSON, then they become JSON without failing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    expect(
      sanitiseAuditValue({
        at: new Date('2026-01-02T03:04:05.006Z'),
        big: 2n ** 70n,
        nan: Number.NaN,
        fn: () => 1,
        bytes: Buffer.from('x'),
        cyclic,
        tags: new Set(['a']),
      }),
    ).toEqual({
      at: '2026-01-02T03:04:05.006Z',
      big: '1180591620717411303424',
      nan: null,
      cyclic: { name: 'loop', self: '[omitted]' },
      tags: ['a'],
    });
  });
});

describe('toAuditJson', () => {
  it('when nothing is given, then null; otherwise sorted, sanitised JSON', () => {
    expect(toAuditJson(undefined)).toBeNull();
    expect(toAuditJson(null)).toBeNull();
    expect(toAuditJson({ b: 1, a: '随州', password: 'x' })).toBe('{"a":"随州","b":1}');
  });

  it('when the value is too large, then a note of its size is stored instead', () => {
    const text = toAuditJson({ blob: 'x'.repeat(MAX_AUDIT_JSON_CHARS) })!;
    expect(JSON.parse(text)).toEqual({ omitted: 'too large', characters: jasmine.any(Number) });
  });
});
