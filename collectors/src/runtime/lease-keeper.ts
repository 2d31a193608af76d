import { COORDINATOR_PARTITION, CollectorLeasePurpose } from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import type { NodePartitionFilter } from '../links/poll-target-repository';
import { countLiveInstances } from './collector-instance-store';
import { isLeaseFree, planLeases } from './lease-assignment';
import type { LeaseFence } from './lease-fence';
import { claimLease, ensureLeaseRows, readLeases, releaseLeases } from './lease-store';

export interface LeaseKeeperOptions {
  collectorId: string;
  partitions: number;
  leaseMs: number;
  logger: Logger;
}

/**
 * This collector's side of the lease protocol: at each heartbeat it counts the live
 * collectors, renews what it keeps, claims its share of free or lapsed partitions, gives back
 * its excess, and tries for the coordinator lease. It remembers the epochs it holds, which
 * fence every write; while the database is away it keeps them (writes are checked when they
 * reach the database, so nothing stale gets through).
 */
export class LeaseKeeper {
  private held = new Map<number, number>();
  private coordinator = false;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly options: LeaseKeeperOptions,
  ) {}

  async start(): Promise<void> {
    await ensureLeaseRows(this.sequelize, this.options.partitions);
  }

  get isCoordinator(): boolean {
    return this.coordinator;
  }

  get partitionsHeld(): number {
    return this.held.size;
  }

  /** The fence for writes of nodes polled now. */
  fence(): LeaseFence {
    return { partitionCount: this.options.partitions, epochs: new Map(this.held) };
  }

  partitionFilter(): NodePartitionFilter {
    return { count: this.options.partitions, partitions: [...this.held.keys()] };
  }

  /** One heartbeat's lease work; resolves true when the set of held partitions changed. */
  async renew(now = new Date()): Promise<boolean> {
    const { collectorId, leaseMs, logger } = this.options;
    const expiresAt = new Date(now.getTime() + leaseMs);
    const live = await countLiveInstances(this.sequelize, new Date(now.getTime() - leaseMs));
    const all = await readLeases(this.sequelize);
    const nodeLeases = all.filter(
      (lease) =>
        lease.purpose === CollectorLeasePurpose.Nodes &&
        lease.partitionNo < this.options.partitions,
    );
    const plan = planLeases({ me: collectorId, leases: nodeLeases, liveCollectors: live, now });
    await releaseLeases(this.sequelize, plan.release, collectorId);
    for (const partitionNo of [...plan.renew, ...plan.claim]) {
      await claimLease(this.sequelize, partitionNo, collectorId, now, expiresAt);
    }
    const coordinatorLease = all.find((lease) => lease.partitionNo === COORDINATOR_PARTITION);
    const wasCoordinator = this.coordinator;
    this.coordinator =
      coordinatorLease !== undefined &&
      (coordinatorLease.holderId === collectorId || isLeaseFree(coordinatorLease, now)) &&
      (await claimLease(this.sequelize, COORDINATOR_PARTITION, collectorId, now, expiresAt));
    if (this.coordinator !== wasCoordinator) {
      logger.info(
        { isCoordinator: this.coordinator },
        this.coordinator
          ? 'coordinator lease taken: exclusive jobs run here'
          : 'coordinator lease lost',
      );
    }

    const after = await readLeases(this.sequelize);
    const held = new Map(
      after
        .filter(
          (lease) =>
            lease.purpose === CollectorLeasePurpose.Nodes &&
            lease.holderId === collectorId &&
            lease.partitionNo < this.options.partitions,
        )
        .map((lease) => [lease.partitionNo, lease.epoch]),
    );
    const hasChanged = !sameEpochs(this.held, held);
    if (hasChanged) {
      logger.info(
        { partitions: [...held.keys()], liveCollectors: live },
        `holding ${held.size} of ${this.options.partitions} node partitions`,
      );
    }
    this.held = held;
    return hasChanged;
  }

  /** A clean stop: every lease back at once, so the others take over at their next heartbeat. */
  async releaseAll(): Promise<void> {
    const { collectorId } = this.options;
    await releaseLeases(this.sequelize, [...this.held.keys(), COORDINATOR_PARTITION], collectorId);
    this.held.clear();
    this.coordinator = false;
  }
}

function sameEpochs(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [partition, epoch] of a) if (b.get(partition) !== epoch) return false;
  return true;
}
