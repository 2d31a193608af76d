import {
  cycleRates,
  median,
  medianCycle,
  rowsWrittenByCycle,
  type CycleMeasurement,
} from './cycle-figures';

function cycle(wallMs: number): CycleMeasurement {
  return {
    wallMs,
    cpuMs: 1_000,
    agentsCpuMs: 3_000,
    databaseCpuMs: 1_500,
    requests: 28_690,
    varbinds: 28_690 * 14,
    rowsWritten: 172_000,
    samplesStored: 57_000,
    nodesPolled: 28_691,
    nodesFailed: 0,
    phasesMs: { load: 500, poll: 1_500, write: 2_000 },
    statements: [],
  };
}

describe('cycle figures', () => {
  it('when a cycle took 2 s, then its rates are per second of that wall time', () => {
    expect(cycleRates(cycle(2_000))).toEqual({
      requestsPerS: 14_345,
      varbindsPerS: 200_830,
      rowsPerS: 86_000,
    });
  });

  it('when the counts are odd or even, then the median is the middle or the mean of the two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrowError(RangeError);
  });

  it('when picking the cycle to show, then it is the measured one of median wall time', () => {
    expect(medianCycle([cycle(4_000), cycle(3_000), cycle(9_000)]).wallMs).toBe(4_000);
    expect(medianCycle([cycle(4_000), cycle(3_000)]).wallMs).toBe(3_000);
  });

  it('when a cycle read both members of every uplink, then rows count members twice', () => {
    expect(
      rowsWrittenByCycle({
        samplesStored: 100,
        counterStates: 200,
        uplinksEvaluated: 100,
        nodesPolled: 101,
      }),
    ).toBe(100 + 400 + 100 + 101 + 1);
  });
});
