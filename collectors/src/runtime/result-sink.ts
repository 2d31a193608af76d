import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import {
  writePollResults,
  type ResultBatch,
  type WrittenCounts,
} from '../links/poll-results-writer';
import { isDatabaseUnavailable } from './database-availability';
import type { DiskBuffer } from './disk-buffer';
import { decodeResultBatch, encodeResultBatch, samplesIn } from './result-batch-codec';

/** What became of one batch handed to the sink. */
export type SinkOutcome =
  | { kind: 'written'; counts: WrittenCounts }
  | { kind: 'buffered'; samples: number }
  | { kind: 'dropped'; samples: number };

/**
 * The collector's one write queue: batches are written one after another (SQLite has a single
 * writer, and order matters for counter states). While the database is away they go to the
 * disk buffer, and keep going there until the buffer has been replayed, so the database always
 * receives batches in the order they were polled. Without a buffer (a one-off cycle), a write
 * failure is thrown to the caller.
 */
export class ResultSink {
  private queue: Promise<unknown> = Promise.resolve();
  private dropped = 0;
  private isAway = false;

  constructor(
    private readonly sequelize: Sequelize,
    private readonly buffer: DiskBuffer | null = null,
    private readonly logger?: Logger,
  ) {}

  /** Queues a batch; resolves when it was written, buffered or dropped. */
  write(batch: ResultBatch): Promise<SinkOutcome> {
    const next = this.queue.then(() => this.writeInOrder(batch));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Replays the buffer (the heartbeat calls it while the database is away); true when empty after. */
  flush(): Promise<boolean> {
    const next = this.queue.then(() => this.replayBuffer());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Samples waiting on disk. */
  get bufferedSamples(): number {
    return this.buffer?.stats().samples ?? 0;
  }

  /** Samples lost since start: beyond the buffer's bound, or in a batch the database refused. */
  get droppedSamples(): number {
    return this.dropped;
  }

  /** Whether batches wait on disk (some carry counter states but no sample). */
  get hasBuffered(): boolean {
    return this.buffer !== null && !this.buffer.isEmpty();
  }

  get isDatabaseAway(): boolean {
    return this.isAway;
  }

  private async writeInOrder(batch: ResultBatch): Promise<SinkOutcome> {
    // While the database is away only the heartbeat's flush() knocks: an unreachable host
    // costs a connect timeout per attempt, and batches would pile up in memory behind it.
    if (this.buffer && this.isAway) return this.keep(batch);
    if (this.buffer && !this.buffer.isEmpty() && !(await this.replayBuffer())) {
      return this.keep(batch);
    }
    try {
      const counts = await writePollResults(this.sequelize, batch);
      this.markAvailable();
      return { kind: 'written', counts };
    } catch (error) {
      if (!this.buffer) throw error;
      if (isDatabaseUnavailable(error)) {
        this.markAway(error);
        return this.keep(batch);
      }
      return this.refused(batch, error);
    }
  }

  private async keep(batch: ResultBatch): Promise<SinkOutcome> {
    const buffer = this.buffer as DiskBuffer;
    const samples = samplesIn(batch);
    if (await buffer.append(encodeResultBatch(batch), samples)) {
      return { kind: 'buffered', samples };
    }
    this.dropped += samples;
    this.logger?.error(
      { droppedSamples: samples, droppedTotal: this.dropped, buffer: buffer.stats() },
      `disk buffer full (COLLECTOR_BUFFER_MAX_MB): ${samples} samples dropped`,
    );
    return { kind: 'dropped', samples };
  }

  private refused(batch: ResultBatch, error: unknown): SinkOutcome {
    const samples = samplesIn(batch);
    this.dropped += samples;
    this.logger?.error({ err: error, droppedSamples: samples }, 'database refused a result batch');
    return { kind: 'dropped', samples };
  }

  private async replayBuffer(): Promise<boolean> {
    const buffer = this.buffer;
    if (!buffer) return true;
    let replayed = 0;
    for (let text = await buffer.oldest(); text !== null; text = await buffer.oldest()) {
      const batch = decodeResultBatch(text);
      try {
        const counts = await writePollResults(this.sequelize, batch);
        replayed += counts.samples;
        if (counts.fenced > 0) {
          this.logger?.warn(
            { fenced: counts.fenced },
            'buffered results of nodes now polled by another collector were discarded',
          );
        }
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          this.markAway(error);
          return false;
        }
        this.refused(batch, error);
      }
      await buffer.removeOldest();
    }
    if (replayed > 0) this.logger?.info({ samples: replayed }, 'disk buffer replayed in order');
    this.markAvailable();
    return true;
  }

  private markAway(error: unknown): void {
    if (!this.isAway) {
      this.logger?.error({ err: error }, 'database unavailable: results go to the disk buffer');
    }
    this.isAway = true;
  }

  private markAvailable(): void {
    if (this.isAway) this.logger?.info('database available again');
    this.isAway = false;
  }
}
