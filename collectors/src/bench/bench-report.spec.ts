import { benchReport, renderTable, type BenchResults } from './bench-report';
import type { CycleMeasurement, CycleRun } from './cycle-figures';

function cycle(wallMs: number): CycleMeasurement {
  return {
    wallMs,
    cpuMs: 2_500,
    agentsCpuMs: 3_000,
    databaseCpuMs: 1_500,
    requests: 28_690,
    varbinds: 401_660,
    rowsWritten: 200_000,
    samplesStored: 57_380,
    nodesPolled: 28_691,
    nodesFailed: 0,
    phasesMs: { load: 400, poll: 1_600, write: 2_000 },
    statements: [
      { shape: 'INSERT interface_samples', count: 58, totalMs: 900.4 },
      { shape: 'UPDATE uplinks', count: 58, totalMs: 600 },
    ],
  };
}

function run(label: string, walls: number[]): CycleRun {
  return { label, warmUp: cycle(9_000), cycles: walls.map(cycle), peakRssMb: 412.4 };
}

const results: BenchResults = {
  network: { nodes: 28_691, uplinks: 28_690, members: 57_380, database: 'MariaDB extranet_bench' },
  concurrency: 200,
  runs: [run('simulator', [4_000, 3_500, 6_000]), run('snmpd ×8', [5_200, 5_400, 5_300])],
  bare: {
    agents: 'snmpd ×8',
    passes: [
      {
        wallMs: 1_300,
        requests: 28_691,
        varbinds: 401_674,
        failures: 0,
        cpuMs: 1_200,
        agentsCpuMs: 1_000,
      },
    ],
  },
  peer: {
    version: '0.21.0',
    agents: 'snmpd ×8',
    passes: [{ wallMs: 6_000, cpuMs: 9_000, agentsCpuMs: 2_000, scrapes: 28_691, failures: 0 }],
  },
};

describe('benchReport', () => {
  it('when rendering a table, then columns line up and numbers align right', () => {
    expect(
      renderTable(
        ['agents', 'cycle'],
        [
          ['snmpd', '1.00 s'],
          ['simulator', '12.00 s'],
        ],
      ),
    ).toEqual([
      'agents       cycle',
      '---------  -------',
      'snmpd       1.00 s',
      'simulator  12.00 s',
    ]);
  });

  it('when three cycles were measured, then each run shows its median cycle, its range and the target', () => {
    const lines = benchReport(results);
    const simulator = lines.find((line) => line.startsWith('simulator'));
    expect(simulator).toMatch(
      /^simulator\s+4\.00 s\s+3\.50 s–6\.00 s\s+7,173\s+100,415\s+2\.50\s+3\.00\s+1\.50\s+412 MB\s+50,000\s+57,380\s+0\s+400\/1,600\/2,000\s+met$/,
    );
    expect(lines.find((line) => line.startsWith('snmpd ×8'))).toMatch(/5\.30 s .* missed$/);
  });

  it('when statements were timed, then each run lists where its median cycle waited on the database', () => {
    expect(benchReport(results)).toContain(
      '  simulator: INSERT interface_samples ×58 900 ms; UPDATE uplinks ×58 600 ms',
    );
  });

  it('when the peer was scraped, then the ratio compares our snmpd cycle with its bare scrape', () => {
    const lines = benchReport(results);
    expect(lines).toContain(
      'Ratio: our whole cycle / its bare scrape = 0.88 (ours 1.1× faster: goal met)',
    );
    const bare = lines.find((line) => line.startsWith('Bare snmp-native')) ?? '';
    expect(bare).toContain('1.30 s median of 1');
    expect(bare).toContain('client CPU 1.20 s, agents CPU 1.00 s, 0 failed');
    expect(
      lines.some(
        (line) => line.includes('prometheus-snmp-exporter 0.21.0') && line.includes('6.00 s'),
      ),
    ).toBeTrue();
  });

  it('when ours is slower than the peer, then the ratio line says the goal was missed', () => {
    const slower = { ...results, runs: [run('snmpd ×8', [12_000])] };
    expect(benchReport(slower)).toContain(
      'Ratio: our whole cycle / its bare scrape = 2.00 (ours 2.0× slower: goal missed)',
    );
  });
});
