import { fairShare, isLeaseFree, planLeases, type PartitionLease } from './lease-assignment';

describe('lease assignment', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  const later = new Date(now.getTime() + 20_000);
  const earlier = new Date(now.getTime() - 1);
  const leases = (holders: (string | null)[], expiresAt: Date = later): PartitionLease[] =>
    holders.map((holderId, partitionNo) => ({ partitionNo, holderId, expiresAt }));

  it('when one collector starts alone, then it claims every partition', () => {
    const plan = planLeases({
      me: 'a',
      leases: leases(Array(8).fill(null)),
      liveCollectors: 1,
      now,
    });
    expect(plan).toEqual({ renew: [], claim: [0, 1, 2, 3, 4, 5, 6, 7], release: [] });
  });

  it('when a second collector joins, then the first gives back half and the second takes it', () => {
    const all = leases(Array(8).fill('a'));
    const first = planLeases({ me: 'a', leases: all, liveCollectors: 2, now });
    expect(first).toEqual({ renew: [0, 1, 2, 3], claim: [], release: [4, 5, 6, 7] });
    const afterRelease = leases(['a', 'a', 'a', 'a', null, null, null, null]);
    const second = planLeases({ me: 'b', leases: afterRelease, liveCollectors: 2, now });
    expect(second).toEqual({ renew: [], claim: [4, 5, 6, 7], release: [] });
  });

  it('when a collector stops renewing, then its lapsed partitions are claimed by the survivor', () => {
    const split = [
      ...leases(['a', 'a', 'a', 'a']),
      ...leases(['b', 'b', 'b', 'b'], earlier).map((lease) => ({
        ...lease,
        partitionNo: lease.partitionNo + 4,
      })),
    ];
    const plan = planLeases({ me: 'a', leases: split, liveCollectors: 1, now });
    expect(plan).toEqual({ renew: [0, 1, 2, 3], claim: [4, 5, 6, 7], release: [] });
  });

  it('when its own lease lapsed (the database was away) and nobody took it, then it is claimed back first', () => {
    const lapsed = [
      { partitionNo: 0, holderId: null, expiresAt: null },
      { partitionNo: 1, holderId: 'a', expiresAt: earlier },
    ];
    const plan = planLeases({ me: 'a', leases: lapsed, liveCollectors: 2, now });
    expect(plan.claim).toEqual([1]);
  });

  it('when shares are uneven, then each takes at most the rounded-up share', () => {
    expect(fairShare(16, 3)).toBe(6);
    expect(fairShare(16, 0)).toBe(16);
    const plan = planLeases({
      me: 'c',
      leases: leases(Array(16).fill(null)),
      liveCollectors: 3,
      now,
    });
    expect(plan.claim.length).toBe(6);
  });

  it('when a lease expires exactly now, then it is free', () => {
    expect(isLeaseFree({ partitionNo: 0, holderId: 'a', expiresAt: now }, now)).toBeTrue();
    expect(isLeaseFree({ partitionNo: 0, holderId: 'a', expiresAt: later }, now)).toBeFalse();
  });
});
