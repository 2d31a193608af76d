/** A node partition's lease as stored. */
export interface PartitionLease {
  partitionNo: number;
  holderId: string | null;
  expiresAt: Date | null;
}

/** What a collector does with the leases at one heartbeat. */
export interface LeasePlan {
  /** Held and still wanted: extend them. */
  renew: number[];
  /** Free, lapsed, or lapsed but still ours: try to take them (another may win the race). */
  claim: number[];
  /** Held beyond the fair share while others wait for work: give them back. */
  release: number[];
}

/** Whether a lease can be taken by anyone: nobody holds it, or its holder stopped renewing. */
export function isLeaseFree(lease: PartitionLease, now: Date): boolean {
  return lease.holderId === null || lease.expiresAt === null || lease.expiresAt <= now;
}

/**
 * The fair share of P partitions among N live collectors: ceil(P / N), so every partition has
 * room with someone (16 partitions, 3 collectors: 6, 6, 4 in practice).
 */
export function fairShare(partitions: number, liveCollectors: number): number {
  return Math.ceil(partitions / Math.max(1, liveCollectors));
}

/**
 * One heartbeat's plan for collector `me`: keep what it holds up to its fair share, claim free
 * or lapsed partitions up to that share, give back the excess when more collectors are alive
 * than when it took them. Several collectors plan at once without talking to each other: the
 * claim is a conditional UPDATE, so two never both win a partition, and the loser retries at
 * its next heartbeat. A stopped collector's partitions lapse after the lease time and are
 * claimed at the next heartbeat of the others: takeover within lease + heartbeat.
 */
export function planLeases(input: {
  me: string;
  leases: readonly PartitionLease[];
  liveCollectors: number;
  now: Date;
}): LeasePlan {
  const { me, leases, now } = input;
  const share = fairShare(leases.length, input.liveCollectors);
  const held = leases
    .filter((lease) => lease.holderId === me && !isLeaseFree(lease, now))
    .map((lease) => lease.partitionNo)
    .sort((a, b) => a - b);
  const renew = held.slice(0, share);
  const release = held.slice(share);
  // Lapsed leases still naming me come first: taking them back keeps their epoch and data.
  const free = leases
    .filter((lease) => isLeaseFree(lease, now))
    .sort(
      (a, b) =>
        Number(b.holderId === me) - Number(a.holderId === me) || a.partitionNo - b.partitionNo,
    )
    .map((lease) => lease.partitionNo);
  const claim = free.slice(0, Math.max(0, share - renew.length));
  return { renew, claim, release };
}
