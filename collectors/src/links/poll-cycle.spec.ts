import { NodeReachability, UplinkState } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { ResultBatch } from './poll-results-writer';
import type { ResultSink, SinkOutcome } from '../runtime/result-sink';
import { spreadOffsetMs } from '../schedule/poll-spread';
import { runPollCycle } from './poll-cycle';
import type { PollableNode } from './poll-target-repository';
import type { NodeReading, PollTarget, UplinkPoller } from './snmp-uplink-poller';

function target(nodeId: number): PollableNode {
  return {
    nodeId,
    unitCode: `42130${nodeId}`,
    hostname: `HB-${nodeId}`,
    mgmtAddress: `127.20.0.${nodeId}`,
    snmpPort: 16161,
    communitySealed: 'sealed',
    level: 'township',
    reachability: NodeReachability.Reachable,
    consecutiveFailures: 0,
    unreachableSince: null,
    lastPollError: null,
    uplink: {
      uplinkId: nodeId,
      state: UplinkState.Compliant,
      stateReason: null,
      stateChangedAt: null,
      evaluatedAt: new Date(0),
      tierPolicyId: 1,
      policy: { membersRequired: 1, memberBandwidthMbps: 200 },
      members: [],
    },
  };
}

const answer: NodeReading = {
  sysUptimeTicks: 100,
  engineTimeSeconds: null,
  readAtMs: 0,
  interfaces: new Map(),
  missingIfIndexes: [],
  renumbered: [],
};

/** Records when each batch reaches the write queue and what it holds. */
class RecordingSink {
  readonly batches: { atMs: number; nodeIds: number[] }[] = [];
  write(batch: ResultBatch): Promise<SinkOutcome> {
    this.batches.push({
      atMs: Date.now(),
      nodeIds: batch.assessments.map((assessment) => assessment.nodeId),
    });
    return Promise.resolve({
      kind: 'written',
      counts: { samples: 0, uplinks: batch.assessments.length, stateChanges: 0, fenced: 0 },
    });
  }
}

describe('runPollCycle scheduling', () => {
  const secrets = { open: () => 'public' };

  it('when one node hangs, then the others are written while it still waits', async () => {
    let releaseDeadNode: () => void = () => undefined;
    const poller: UplinkPoller = {
      pollNode: (polled: PollTarget) =>
        polled.nodeId === 1
          ? new Promise((_resolve, reject) => {
              releaseDeadNode = () => reject(new Error('SNMP timeout after 2 attempt(s)'));
            })
          : Promise.resolve(answer),
      close: () => undefined,
    };
    const sink = new RecordingSink();
    const cycle = runPollCycle({
      sequelize: {} as Sequelize,
      secrets,
      poller,
      targets: [1, 2, 3, 4].map(target),
      sink: sink as unknown as ResultSink,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(sink.batches.flatMap((batch) => batch.nodeIds).sort()).toEqual([2, 3, 4]);
    releaseDeadNode();
    const report = await cycle;
    expect(sink.batches.flatMap((batch) => batch.nodeIds)).toContain(1);
    expect(report.nodesFailed).toBe(1);
    expect(report.uplinksEvaluated).toBe(4);
  });

  it('when spread, then each node is polled at its own offset after the tick, not all at once', async () => {
    const polledAfterMs = new Map<number, number>();
    const tickAt = new Date();
    const poller: UplinkPoller = {
      pollNode: (polled: PollTarget) => {
        polledAfterMs.set(polled.nodeId, Date.now() - tickAt.getTime());
        return Promise.resolve(answer);
      },
      close: () => undefined,
    };
    const nodeIds = [11, 12, 13, 14, 15];
    const report = await runPollCycle({
      sequelize: {} as Sequelize,
      secrets,
      poller,
      targets: nodeIds.map(target),
      sink: new RecordingSink() as unknown as ResultSink,
      schedule: { group: '10s', intervalSeconds: 10, tickAt, spreadShare: 0.1, skippedTicks: 2 },
    });
    for (const nodeId of nodeIds) {
      const offset = spreadOffsetMs(nodeId, 10, 0.1);
      expect(polledAfterMs.get(nodeId)!).toBeGreaterThanOrEqual(offset - 5);
    }
    expect(new Set(nodeIds.map((nodeId) => spreadOffsetMs(nodeId, 10, 0.1))).size).toBeGreaterThan(
      1,
    );
    expect(report.overrunMs).toBe(0);
    expect(report.skippedTicks).toBe(2);
  });

  it('when the collector stops mid-spread, then waiting nodes are left out and the cycle ends at once', async () => {
    const polled: number[] = [];
    const poller: UplinkPoller = {
      pollNode: (target: PollTarget) => {
        polled.push(target.nodeId);
        return Promise.resolve(answer);
      },
      close: () => undefined,
    };
    const stopping = new AbortController();
    const startedAt = Date.now();
    const nodeIds = [21, 22, 23, 24, 25, 26];
    const cycle = runPollCycle({
      sequelize: {} as Sequelize,
      secrets,
      poller,
      targets: nodeIds.map(target),
      sink: new RecordingSink() as unknown as ResultSink,
      schedule: {
        group: '60s',
        intervalSeconds: 60,
        tickAt: new Date(),
        spreadShare: 0.5,
        skippedTicks: 0,
      },
      signal: stopping.signal,
    });
    setTimeout(() => stopping.abort(), 50);
    const report = await cycle;
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    const dueBeforeStop = nodeIds.filter((nodeId) => spreadOffsetMs(nodeId, 60, 0.5) < 50);
    expect(polled.sort()).toEqual(dueBeforeStop.sort());
    expect(report.nodesPolled).toBe(dueBeforeStop.length);
  });

  it('when a cycle runs past its interval, then the overrun is measured from the tick', async () => {
    const poller: UplinkPoller = {
      pollNode: () => new Promise((resolve) => setTimeout(() => resolve(answer), 200)),
      close: () => undefined,
    };
    const report = await runPollCycle({
      sequelize: {} as Sequelize,
      secrets,
      poller,
      targets: [target(1)],
      sink: new RecordingSink() as unknown as ResultSink,
      schedule: {
        group: 'cron',
        intervalSeconds: 1,
        tickAt: new Date(Date.now() - 900),
        spreadShare: 0,
        skippedTicks: 0,
      },
    });
    expect(report.overrunMs).toBeGreaterThan(50);
    expect(report.durationMs).toBeGreaterThan(1_000);
  });
});
