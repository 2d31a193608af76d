import type { SinkOutcome } from '../runtime/result-sink';
import type { NodeAssessment } from './node-poll-assessment';

/** At full depth a batch is a few thousand rows: big enough for multi-row statements. */
export const DEFAULT_BATCH_NODES = 1_000;
/** And no answer waits longer than this for its write, however slowly the others trickle in. */
export const DEFAULT_BATCH_DELAY_MS = 1_000;

/**
 * Gathers a cycle's assessments as they finish and hands them to the write queue in batches:
 * when `maxNodes` are waiting, or `maxDelayMs` after the first of them arrived. So results
 * reach the database during the cycle, and a node that times out holds back nobody's data.
 */
export class ResultBatcher {
  private pending: NodeAssessment[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly writes: Promise<SinkOutcome>[] = [];

  constructor(
    private readonly write: (assessments: NodeAssessment[]) => Promise<SinkOutcome>,
    private readonly maxNodes = DEFAULT_BATCH_NODES,
    private readonly maxDelayMs = DEFAULT_BATCH_DELAY_MS,
  ) {}

  add(assessment: NodeAssessment): void {
    this.pending.push(assessment);
    if (this.pending.length >= this.maxNodes) {
      this.flush();
    } else if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
    }
  }

  /** Sends what is left and waits for every batch of the cycle to be written or kept. */
  async close(): Promise<SinkOutcome[]> {
    this.flush();
    return Promise.all(this.writes);
  }

  private flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.writes.push(this.write(batch));
  }
}
