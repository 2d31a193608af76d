import { peerGetOids, snmpExporterConfig } from './snmp-exporter-config';

describe('snmpExporterConfig', () => {
  const options = { ifIndexes: [1, 2], timeoutMs: 2000, retries: 1 };

  it('when asked for two members, then one scrape GETs the 12 instances the issue names', () => {
    expect(peerGetOids([1, 2])).toEqual([
      '1.3.6.1.2.1.1.3.0',
      '1.3.6.1.6.3.10.2.1.3.0',
      '1.3.6.1.2.1.31.1.1.1.6.1',
      '1.3.6.1.2.1.31.1.1.1.10.1',
      '1.3.6.1.2.1.2.2.1.8.1',
      '1.3.6.1.2.1.2.2.1.7.1',
      '1.3.6.1.2.1.31.1.1.1.15.1',
      '1.3.6.1.2.1.31.1.1.1.6.2',
      '1.3.6.1.2.1.31.1.1.1.10.2',
      '1.3.6.1.2.1.2.2.1.8.2',
      '1.3.6.1.2.1.2.2.1.7.2',
      '1.3.6.1.2.1.31.1.1.1.15.2',
    ]);
  });

  it('when given two agents, then each module carries its own community in the 0.21 flat format', () => {
    const yaml = snmpExporterConfig(
      [
        { name: 'bench_agent_0', community: 'aaaa1111' },
        { name: 'bench_agent_1', community: 'bbbb2222' },
      ],
      options,
    );
    expect(yaml).toContain('bench_agent_0:\n  version: 2\n  auth:\n    community: aaaa1111\n');
    expect(yaml).toContain('bench_agent_1:\n  version: 2\n  auth:\n    community: bbbb2222\n');
    expect(yaml).toContain('  timeout: 2000ms\n  retries: 1\n  get:\n  - 1.3.6.1.2.1.1.3.0\n');
    expect(yaml).not.toContain('auths:');
    expect(
      yaml.match(/- name: ifHCInOctets\n {4}oid: 1\.3\.6\.1\.2\.1\.31\.1\.1\.1\.6\n/g),
    ).toHaveSize(2);
  });

  it('when a community would need YAML quoting, then it refuses', () => {
    expect(() =>
      snmpExporterConfig([{ name: 'bench_agent_0', community: 'a: b' }], options),
    ).toThrowError(RangeError);
  });
});
