import type { NodeReading } from '../links/snmp-node-reading';
import { PollError, type PollTarget, type UplinkPoller } from '../links/snmp-uplink-poller';
import type { CollectorMetrics, NodePollResult } from './collector-metrics';

/**
 * An UplinkPoller around another one that times every node read and counts its result, so the
 * poll cycle itself carries no metric calls.
 */
export class InstrumentedUplinkPoller implements UplinkPoller {
  constructor(
    private readonly inner: UplinkPoller,
    private readonly metrics: CollectorMetrics,
  ) {}

  async pollNode(target: PollTarget): Promise<NodeReading> {
    const startedAt = performance.now();
    let result: NodePollResult = 'success';
    try {
      return await this.inner.pollNode(target);
    } catch (error) {
      result = isTimeout(error) ? 'timeout' : 'failure';
      throw error;
    } finally {
      this.metrics.recordNodePoll(result, (performance.now() - startedAt) / 1_000);
    }
  }

  close(): void {
    this.inner.close();
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof PollError && error.message.startsWith('SNMP timeout');
}
