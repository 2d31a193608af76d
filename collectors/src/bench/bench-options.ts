/** The bench's own settings; the collector's (POLL_CONCURRENCY, SNMP_*) pass through as they are. */
export interface BenchOptions {
  databaseUrl: string;
  measuredCycles: number;
  snmpdAgents: number;
  runs: BenchRunKind[];
  /** Directory for the collector runner's V8 CPU profiles; null = no profiling. */
  cpuProfileDir: string | null;
  /** Concurrent scrapes of the peer and concurrent bare GETs: the collector's own figure. */
  concurrency: number;
  timeoutMs: number;
  retries: number;
}

export const BENCH_RUN_KINDS = ['simulator', 'snmpd'] as const;
export type BenchRunKind = (typeof BENCH_RUN_KINDS)[number];

export const DEFAULT_BENCH_DATABASE_URL = 'mysql://root@127.0.0.1:3306/extranet_bench';

type Env = Record<string, string | undefined>;

/** Reads BENCH_* (and the collector's POLL_CONCURRENCY / SNMP_TIMEOUT_MS / SNMP_RETRIES). */
export function readBenchOptions(
  env: Env,
  collector: { pollConcurrency: number; snmpTimeoutMs: number; snmpRetries: number },
): BenchOptions {
  const runs = (env['BENCH_RUNS']?.trim() || BENCH_RUN_KINDS.join(','))
    .split(',')
    .map((run) => run.trim());
  const unknown = runs.filter((run) => !(BENCH_RUN_KINDS as readonly string[]).includes(run));
  if (unknown.length > 0 || runs.length === 0) {
    throw new RangeError(
      `BENCH_RUNS="${env['BENCH_RUNS']}" names unknown runs (${unknown.join(', ')}); ` +
        `e.g. BENCH_RUNS=${BENCH_RUN_KINDS.join(',')}`,
    );
  }
  return {
    databaseUrl: env['BENCH_DATABASE_URL']?.trim() || DEFAULT_BENCH_DATABASE_URL,
    measuredCycles: integerOf(env, 'BENCH_CYCLES', 3, 1, 20),
    snmpdAgents: integerOf(env, 'BENCH_SNMPD_AGENTS', 8, 1, 64),
    runs: runs as BenchRunKind[],
    cpuProfileDir: env['BENCH_CPU_PROF_DIR']?.trim() || null,
    concurrency: collector.pollConcurrency,
    timeoutMs: collector.snmpTimeoutMs,
    retries: collector.snmpRetries,
  };
}

function integerOf(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${name}="${raw}" must be an integer from ${min} to ${max}; e.g. ${name}=${fallback}`,
    );
  }
  return value;
}
