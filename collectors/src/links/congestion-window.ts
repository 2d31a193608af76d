/**
 * The 95th percentile by linear interpolation between closest ranks (type 7 of Hyndman & Fan,
 * numpy's and Excel PERCENTILE.INC's default). Unlike nearest-rank, one spike among fifteen
 * samples does not become the percentile, which is the point of not judging by one sample.
 */
export function percentile(values: readonly number[], share: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(Math.max(share, 0), 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const CONGESTION_PERCENTILE = 0.95;
export const DEFAULT_CONGESTION_WINDOW_MINUTES = 15;
/** Fewer samples than this in the window say nothing about congestion yet. */
export const MIN_SAMPLES_FOR_CONGESTION = 3;

interface UtilisationSample {
  atMs: number;
  utilisation: number;
}

/**
 * Per member circuit, its utilisation samples (max(in, out) / contract) of the last
 * `windowMinutes`, kept in memory: the congestion rule reads them every cycle, and a query per
 * cycle over interface_samples would cost the database what the cache saves. Warmed from the
 * stored samples when the collector starts or takes nodes over.
 */
export class CongestionWindows {
  private readonly samples = new Map<number, UtilisationSample[]>();
  readonly windowMs: number;

  constructor(windowMinutes: number = DEFAULT_CONGESTION_WINDOW_MINUTES) {
    this.windowMs = windowMinutes * 60_000;
  }

  /** Adds a sample (ignoring a duplicate time, e.g. the same sample warmed and then polled). */
  add(memberId: number, atMs: number, utilisation: number): void {
    const list = this.samples.get(memberId) ?? [];
    if (list.some((sample) => sample.atMs === atMs)) return;
    list.push({ atMs, utilisation });
    if (list.length > 1 && list[list.length - 2].atMs > atMs) {
      list.sort((a, b) => a.atMs - b.atMs);
    }
    this.samples.set(memberId, list);
  }

  /**
   * The member's 95th-percentile utilisation over the window ending at `nowMs`; null while the
   * window holds fewer than MIN_SAMPLES_FOR_CONGESTION samples. Drops what fell out.
   */
  percentileAt(memberId: number, nowMs: number): number | null {
    const list = this.samples.get(memberId);
    if (!list) return null;
    const from = nowMs - this.windowMs;
    let firstKept = 0;
    while (firstKept < list.length && list[firstKept].atMs <= from) firstKept += 1;
    if (firstKept > 0) list.splice(0, firstKept);
    if (list.length === 0) {
      this.samples.delete(memberId);
      return null;
    }
    if (list.length < MIN_SAMPLES_FOR_CONGESTION) return null;
    return percentile(
      list.map((sample) => sample.utilisation),
      CONGESTION_PERCENTILE,
    );
  }

  /** Forgets members this collector no longer polls (their nodes moved to another collector). */
  retainOnly(memberIds: ReadonlySet<number>): void {
    for (const memberId of this.samples.keys()) {
      if (!memberIds.has(memberId)) this.samples.delete(memberId);
    }
  }

  has(memberId: number): boolean {
    return this.samples.has(memberId);
  }
}
