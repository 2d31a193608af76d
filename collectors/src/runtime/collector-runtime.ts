import type { CollectorPollGroupStatus } from '@extranet/database';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import type { CollectorConfig } from '../collector-config';
import { CachingCommunityOpener, type CommunityOpener } from '../links/community-opener';
import { CongestionWindows } from '../links/congestion-window';
import { loadTierPolicies, warmCongestionWindows } from '../links/congestion-warmup';
import { idleCycleReport, runPollCycle, type PollCycleReport } from '../links/poll-cycle';
import { loadLatestDiscoveryFinish, loadPollableNodes } from '../links/poll-target-repository';
import type { UplinkPoller } from '../links/snmp-uplink-poller';
import type { PollGroup } from '../schedule/poll-groups';
import { DiskBuffer } from './disk-buffer';
import { LeaseKeeper } from './lease-keeper';
import { PollTargetCache, applyAssessment } from './poll-target-cache';
import { ResultSink } from './result-sink';
import { registerInstance, markInstanceStopped, writeHeartbeat } from './collector-instance-store';

/** Operators' edits (new nodes, members) reach a running collector within this time. */
export const TARGET_REFRESH_MS = 5 * 60_000;

export interface CollectorRuntimeOptions {
  sequelize: Sequelize;
  secrets: CommunityOpener;
  poller: UplinkPoller;
  config: CollectorConfig;
  logger: Logger;
  version: string;
  hostname: string;
  /** Told about every finished cycle and every skipped tick (the metrics). */
  onCycle?: (report: PollCycleReport) => void;
  onSkippedTick?: (group: string) => void;
}

/**
 * A running collector: its leases and heartbeat, the cache of its targets, its congestion
 * windows and its write queue with the disk buffer. The job table runs one poll cycle per
 * group tick through `runGroup`; everything else (heartbeats, buffer replays) runs on its own
 * timer, so a long cycle never delays a lease renewal.
 */
export class CollectorRuntime {
  readonly sink: ResultSink;
  private readonly buffer: DiskBuffer;
  private readonly cache = new PollTargetCache();
  private readonly communities: CachingCommunityOpener;
  private readonly windows: CongestionWindows;
  private readonly leases: LeaseKeeper;
  private readonly groupStatus = new Map<string, CollectorPollGroupStatus>();
  private readonly startedAt = new Date();
  private needsRefresh = true;
  private refreshedAt = 0;
  /** The latest discovery walk the targets in memory already reflect (epoch ms). */
  private discoveredThrough: number | null = null;
  /** Aborted by stopPolling(): cycles in progress poll no further node. */
  private readonly stopping = new AbortController();
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private heartbeatRunning: Promise<void> | null = null;
  /** Groups whose first (unspread) cycle has run. */
  private readonly groupsStarted = new Set<string>();
  /** One refresh at a time: two groups ticking together share it. */
  private refreshing: Promise<void> | null = null;

  constructor(private readonly options: CollectorRuntimeOptions) {
    const { config, sequelize, logger } = options;
    this.communities = new CachingCommunityOpener(options.secrets);
    this.windows = new CongestionWindows(config.congestionWindowMinutes);
    this.buffer = new DiskBuffer(config.bufferDir, config.bufferMaxBytes);
    this.sink = new ResultSink(sequelize, this.buffer, logger.child({ part: 'writer' }));
    this.leases = new LeaseKeeper(sequelize, {
      collectorId: config.collectorId,
      partitions: config.partitions,
      leaseMs: config.leaseSeconds * 1_000,
      logger: logger.child({ part: 'leases' }),
    });
    for (const group of config.pollGroups) {
      this.groupStatus.set(group.name, {
        name: group.name,
        intervalSeconds: group.intervalSeconds,
        nodes: 0,
        skippedTicks: 0,
        lastCycle: null,
      });
    }
  }

  /** Registers the instance, takes its first leases, replays what a previous run buffered. */
  async start(): Promise<void> {
    const { sequelize, config } = this.options;
    const buffered = await this.buffer.open();
    if (buffered.entries > 0) {
      this.options.logger.warn(buffered, 'disk buffer holds results of a previous run');
    }
    await registerInstance(sequelize, {
      id: config.collectorId,
      hostname: this.options.hostname,
      pid: process.pid,
      version: this.options.version,
      startedAt: this.startedAt,
    });
    await this.leases.start();
    await this.heartbeat();
    // Replayed before the targets load, so their counters are the ones the buffer ended with.
    await this.sink.flush();
    const everyMs = Math.max(1_000, Math.floor((config.leaseSeconds * 1_000) / 3));
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), everyMs);
  }

  get isCoordinator(): boolean {
    return this.leases.isCoordinator;
  }

  get groups(): readonly PollGroup[] {
    return this.options.config.pollGroups;
  }

  /** Counts a tick skipped because the group's previous cycle was still running. */
  noteSkippedTick(group: PollGroup): void {
    const status = this.groupStatus.get(group.name);
    if (status) status.skippedTicks += 1;
    this.options.onSkippedTick?.(group.name);
  }

  /**
   * One cycle of a group, at its tick. The group's first cycle polls every node at once (the
   * console should not wait for its first states); later ones spread over POLL_SPREAD.
   */
  async runGroup(group: PollGroup, tickAt: Date): Promise<PollCycleReport> {
    const { config, sequelize, logger } = this.options;
    await this.refreshTargetsIfDue();
    const status = this.groupStatus.get(group.name);
    const spread = this.groupsStarted.has(group.name);
    this.groupsStarted.add(group.name);
    const skippedTicks = status?.skippedTicks ?? 0;
    if (status) status.skippedTicks = 0;
    const targets = this.cache.forLevels(group.levels);
    const schedule = {
      group: group.name,
      intervalSeconds: group.intervalSeconds,
      tickAt,
      spreadShare: spread ? config.pollSpread : 0,
      skippedTicks,
    };
    if (targets.length === 0) {
      if (status) status.nodes = 0;
      return idleCycleReport(schedule);
    }
    const report = await runPollCycle({
      sequelize,
      secrets: this.communities,
      poller: this.options.poller,
      concurrency: config.pollConcurrency,
      congestionThreshold: config.congestionThreshold,
      collectorId: config.collectorId,
      logger,
      targets,
      schedule,
      sink: this.sink,
      fence: this.leases.fence(),
      unreachableAfter: config.unreachableAfter,
      congestion: this.windows,
      onAssessed: applyAssessment,
      signal: this.stopping.signal,
    });
    if (status) {
      status.nodes = targets.length;
      status.lastCycle = {
        startedAt: report.startedAt.toISOString(),
        durationMs: report.durationMs,
        overrunMs: report.overrunMs,
        nodesPolled: report.nodesPolled,
        nodesFailed: report.nodesFailed,
        samplesStored: report.samplesStored,
        buffered: report.samplesBuffered > 0,
      };
    }
    this.options.onCycle?.(report);
    return report;
  }

  /** What the metrics read at each scrape. */
  gauges() {
    return {
      bufferedSamples: this.sink.bufferedSamples,
      nodesAssigned: this.cache.size,
      unreachableNodes: this.cache.countUnreachable(),
      partitionsHeld: this.leases.partitionsHeld,
      isCoordinator: this.leases.isCoordinator,
    };
  }

  /** Ends the cycles in progress early: nodes still waiting for their offset are left out. */
  stopPolling(): void {
    this.stopping.abort();
  }

  /** Stops the heartbeat, replays what it can, gives its leases back for an instant takeover. */
  async stop(): Promise<void> {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    await this.heartbeatRunning;
    const { sequelize, config, logger } = this.options;
    try {
      await this.sink.flush();
      await this.leases.releaseAll();
      await markInstanceStopped(sequelize, config.collectorId, new Date());
    } catch (error) {
      logger.warn({ err: error }, 'stopped without releasing leases: they lapse on their own');
    }
  }

  /**
   * Heartbeat and leases, then a replay of the buffer if the database came back. A failure
   * (database away) is logged by the sink and changes nothing: polling goes on from memory.
   */
  private heartbeat(): Promise<void> {
    if (this.heartbeatRunning) return this.heartbeatRunning;
    const run = async () => {
      const { sequelize, config } = this.options;
      try {
        // Leases first, so the heartbeat row says what this collector holds now. The live
        // count still sees this collector: its last heartbeat is a third of a lease old.
        if (await this.leases.renew()) this.needsRefresh = true;
        await writeHeartbeat(sequelize, config.collectorId, {
          at: new Date(),
          nodesAssigned: this.cache.size,
          pollGroups: [...this.groupStatus.values()],
          bufferedSamples: this.sink.bufferedSamples,
          droppedSamples: this.sink.droppedSamples,
          isCoordinator: this.leases.isCoordinator,
          partitionsHeld: this.leases.partitionsHeld,
        });
        if (this.sink.hasBuffered || this.sink.isDatabaseAway) await this.sink.flush();
      } catch (error) {
        this.options.logger.debug({ err: error }, 'heartbeat failed (database away?)');
      }
    };
    this.heartbeatRunning = run().finally(() => {
      this.heartbeatRunning = null;
    });
    return this.heartbeatRunning;
  }

  private refreshTargetsIfDue(): Promise<void> {
    this.refreshing ??= this.refreshTargets().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshTargets(): Promise<void> {
    const { sequelize, logger } = this.options;
    if (this.sink.isDatabaseAway || this.sink.hasBuffered) return;
    let discoveredThrough: number | null;
    try {
      this.cache.applyTierPolicies(await loadTierPolicies(sequelize));
      discoveredThrough = await loadLatestDiscoveryFinish(sequelize);
    } catch {
      return; // the database is away: the targets and policies in memory stay in force
    }
    const hasNewWalk = discoveredThrough !== null && discoveredThrough !== this.discoveredThrough;
    const isDue =
      this.needsRefresh || hasNewWalk || Date.now() - this.refreshedAt > TARGET_REFRESH_MS;
    if (!isDue) return;
    try {
      const loaded = await loadPollableNodes(sequelize, this.leases.partitionFilter());
      const added = this.cache.replace(loaded);
      const memberIds = new Set(
        this.cache.all().flatMap((node) => node.uplink?.members.map((m) => m.memberId) ?? []),
      );
      this.windows.retainOnly(memberIds);
      this.communities.retainOnly(this.cache.all().map((node) => node.communitySealed));
      const warmed = await warmCongestionWindows(sequelize, this.windows, added, new Date());
      this.needsRefresh = false;
      this.refreshedAt = Date.now();
      this.discoveredThrough = discoveredThrough;
      logger.info(
        { nodes: this.cache.size, added: added.length, warmedSamples: warmed },
        'poll targets loaded',
      );
    } catch (error) {
      logger.warn({ err: error }, 'poll targets not refreshed; polling the ones in memory');
    }
  }
}
