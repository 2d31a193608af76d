import { describeVerification } from './audit-verify';

describe('audit:verify output', () => {
  it('when the chain verifies, then one line says OK with the count and time', () => {
    expect(describeVerification({ ok: true, checked: 100_000 }, 1.42)).toBe(
      'audit chain OK: 100000 events verified in 1.4 s',
    );
  });

  it('when the chain is broken, then the line names the first broken id and why', () => {
    expect(
      describeVerification(
        { ok: false, checked: 12, firstBrokenId: 13, reason: 'hash_mismatch' },
        0.2,
      ),
    ).toBe('audit chain BROKEN at event 13: hash_mismatch (12 events verified before it, 0.2 s)');
  });
});
