import type { PollCycleReport } from '../links/poll-cycle';
import type { NodeReading } from '../links/snmp-node-reading';
import { PollError, type PollTarget, type UplinkPoller } from '../links/snmp-uplink-poller';
import { CollectorMetrics } from './collector-metrics';
import { InstrumentedUplinkPoller } from './instrumented-uplink-poller';

const reading = { sysUpTime: 1 } as unknown as NodeReading;

/** Answers by node id: 1 reads, 2 times out, 3 fails otherwise. */
class FakePoller implements UplinkPoller {
  isClosed = false;
  pollNode(target: PollTarget): Promise<NodeReading> {
    switch (target.nodeId) {
      case 1:
        return Promise.resolve(reading);
      case 2:
        return Promise.reject(new PollError('SNMP timeout after 2 attempt(s) (127.0.0.1:161)'));
      default:
        return Promise.reject(new PollError('SNMP error from 127.0.0.1:161: noSuchName'));
    }
  }
  close(): void {
    this.isClosed = true;
  }
}

const target = (nodeId: number): PollTarget => ({
  nodeId,
  host: '127.0.0.1',
  port: 161,
  community: 'public',
  ifIndexes: [1],
});

function cycleReport(durationMs: number): PollCycleReport {
  return {
    pollGroup: '60s',
    intervalSeconds: 60,
    overrunMs: Math.max(0, durationMs - 60_000),
    skippedTicks: 0,
    samplesBuffered: 0,
    samplesDropped: 5,
    fenced: 0,
    becameUnreachable: 0,
    startedAt: new Date(0),
    finishedAt: new Date(durationMs),
    durationMs,
    nodesPolled: 10,
    nodesFailed: 3,
    samplesStored: 14,
    uplinksEvaluated: 7,
    stateChanges: 1,
    skippedIntervals: { counter_reset: 2, reboot: 1 },
    phasesMs: { load: 1, poll: durationMs - 2, write: 1 },
  };
}

describe('the collector metrics', () => {
  let metrics: CollectorMetrics;
  beforeEach(() => {
    metrics = new CollectorMetrics({ includeProcessMetrics: false });
  });

  it('when nodes read, time out and fail, then each poll is counted and timed by result', async () => {
    const inner = new FakePoller();
    const poller = new InstrumentedUplinkPoller(inner, metrics);

    await expectAsync(poller.pollNode(target(1))).toBeResolvedTo(reading);
    await expectAsync(poller.pollNode(target(1))).toBeResolved();
    await expectAsync(poller.pollNode(target(2))).toBeRejectedWithError(PollError, /timeout/);
    await expectAsync(poller.pollNode(target(3))).toBeRejectedWithError(PollError, /noSuchName/);
    poller.close();

    const text = await metrics.registry.metrics();
    expect(text).toContain('extranet_collector_polls_total{result="success"} 2\n');
    expect(text).toContain('extranet_collector_polls_total{result="timeout"} 1\n');
    expect(text).toContain('extranet_collector_polls_total{result="failure"} 1\n');
    expect(text).toContain('extranet_collector_snmp_request_seconds_count 4\n');
    expect(text).toContain('extranet_collector_snmp_request_seconds_bucket{le="0.005"}');
    expect(text).toContain('extranet_collector_snmp_request_seconds_bucket{le="5"}');
    expect(inner.isClosed).toBeTrue();
  });

  it('when cycles finish, then nodes, samples, skipped intervals and overruns follow the reports', async () => {
    metrics.recordCycle(cycleReport(2_500));
    metrics.recordCycle(cycleReport(61_000));

    const text = await metrics.registry.metrics();
    expect(text).toContain('extranet_collector_nodes{state="polled"} 10\n');
    expect(text).toContain('extranet_collector_nodes{state="failed"} 3\n');
    expect(text).toContain('extranet_collector_samples_stored_total 28\n');
    expect(text).toContain(
      'extranet_collector_intervals_skipped_total{reason="counter_reset"} 4\n',
    );
    expect(text).toContain('extranet_collector_intervals_skipped_total{reason="reboot"} 2\n');
    expect(text).toContain('extranet_collector_cycle_overrun_total{group="60s"} 1\n');
    expect(text).toContain('extranet_collector_last_cycle_overrun_seconds{group="60s"} 1\n');
    expect(text).toContain('extranet_collector_dropped_samples_total 10\n');
    expect(text).toContain('extranet_collector_cycle_duration_seconds_count 2\n');
    expect(text).toContain('extranet_collector_cycle_duration_seconds_sum 63.5\n');
    expect(text).toContain('extranet_collector_last_cycle_duration_seconds 61\n');
    expect(text).toContain('extranet_collector_buffered_samples 0\n');
  });

  it('when the runtime reports its state, then each scrape reads buffer, nodes and leases', async () => {
    const gauges = {
      bufferedSamples: 1_234,
      nodesAssigned: 800,
      unreachableNodes: 3,
      partitionsHeld: 8,
      isCoordinator: true,
    };
    metrics.readRuntimeFrom(() => gauges);
    metrics.recordSkippedTick('300s');
    let text = await metrics.registry.metrics();
    expect(text).toContain('extranet_collector_buffered_samples 1234\n');
    expect(text).toContain('extranet_collector_nodes_assigned 800\n');
    expect(text).toContain('extranet_collector_unreachable_nodes 3\n');
    expect(text).toContain('extranet_collector_partitions_held 8\n');
    expect(text).toContain('extranet_collector_is_coordinator 1\n');
    expect(text).toContain('extranet_collector_skipped_ticks_total{group="300s"} 1\n');
    gauges.bufferedSamples = 0;
    text = await metrics.registry.metrics();
    expect(text).toContain('extranet_collector_buffered_samples 0\n');
  });

  it('when process metrics are on, then CPU and RSS share the same registry', async () => {
    const text = await new CollectorMetrics().registry.metrics();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('extranet_collector_polls_total{result="success"} 0\n');
  });
});
