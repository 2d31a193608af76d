import { DEFAULT_BENCH_DATABASE_URL, readBenchOptions } from './bench-options';

describe('readBenchOptions', () => {
  const collector = { pollConcurrency: 200, snmpTimeoutMs: 2_000, snmpRetries: 1 };

  it('when nothing is set, then both runs, 3 measured cycles, 8 snmpd and the bench database', () => {
    expect(readBenchOptions({}, collector)).toEqual({
      databaseUrl: DEFAULT_BENCH_DATABASE_URL,
      measuredCycles: 3,
      snmpdAgents: 8,
      runs: ['simulator', 'snmpd'],
      cpuProfileDir: null,
      concurrency: 200,
      timeoutMs: 2_000,
      retries: 1,
    });
  });

  it('when one run and a profile directory are asked for, then only that run is profiled', () => {
    const options = readBenchOptions(
      { BENCH_RUNS: 'snmpd', BENCH_CPU_PROF_DIR: '/tmp/prof', BENCH_CYCLES: '5' },
      collector,
    );
    expect(options.runs).toEqual(['snmpd']);
    expect(options.cpuProfileDir).toBe('/tmp/prof');
    expect(options.measuredCycles).toBe(5);
  });

  it('when a run or a count is wrong, then it says which and gives an example', () => {
    expect(() => readBenchOptions({ BENCH_RUNS: 'snmpsim' }, collector)).toThrowError(
      RangeError,
      /BENCH_RUNS=simulator,snmpd/,
    );
    expect(() => readBenchOptions({ BENCH_CYCLES: '0' }, collector)).toThrowError(
      RangeError,
      /BENCH_CYCLES/,
    );
  });
});
