import type { ResultBatch } from '../links/poll-results-writer';

/** ISO instants as JSON.stringify writes Dates: only these strings are turned back into Dates. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A result batch as disk-buffer text and back. Dates survive (they are written to DATETIME(3)
 * columns on replay) and the lease fence's Map becomes pairs. Octet counters are already
 * decimal strings, so no precision is lost.
 */
export function encodeResultBatch(batch: ResultBatch): string {
  return JSON.stringify({
    ...batch,
    fence: batch.fence
      ? { partitionCount: batch.fence.partitionCount, epochs: [...batch.fence.epochs] }
      : null,
  });
}

export function decodeResultBatch(text: string): ResultBatch {
  const raw = JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as Omit<ResultBatch, 'fence'> & {
    fence: { partitionCount: number; epochs: [number, number][] } | null;
  };
  return {
    ...raw,
    fence: raw.fence
      ? { partitionCount: raw.fence.partitionCount, epochs: new Map(raw.fence.epochs) }
      : null,
  };
}

export function samplesIn(batch: ResultBatch): number {
  return batch.assessments.reduce((sum, assessment) => sum + assessment.samples.length, 0);
}
