import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as iconv from 'iconv-lite';
import { Session } from 'snmp-native';
import { startNetSnmpAgent, type NetSnmpAgent } from '../../testing/net-snmp-agent';
import { startSnmpsimAgent, type SnmpsimAgent } from '../../testing/snmpsim-agent';
import { SnmpUplinkPoller } from '../snmp-uplink-poller';
import { formatMacAddress } from './mac-address';
import { walkNode } from './node-walk';
import { SnmpBulkWalker } from './snmp-bulk-walker';
import { decodeSnmpText } from './snmp-text-decoding';

/** The Cisco 3750 walk Debian ships with snmpsim: 59 interfaces as a real switch reported them. */
const CISCO_WALK = '/usr/share/doc/snmpsim/examples/data/cisco_16_switch.snmprec.gz';
const LIMITS = { maxInterfaces: 4_096, walkTimeoutMs: 20_000 };
const ALIAS = '上联-随州市-电信-2G';

/** An agent that answers wrong types and undecodable text, in snmprec (sorted by OID). */
const BAD_TYPES = [
  '1.3.6.1.2.1.1.5.0|4|bad-types',
  '1.3.6.1.2.1.2.2.1.2.1|4|GigabitEthernet0/0/1',
  '1.3.6.1.2.1.2.2.1.2.2|4|GigabitEthernet0/0/2',
  '1.3.6.1.2.1.2.2.1.8.1|4|up',
  '1.3.6.1.2.1.2.2.1.8.2|2|1',
  '1.3.6.1.2.1.31.1.1.1.1.1|4|GigabitEthernet0/0/1',
  '1.3.6.1.2.1.31.1.1.1.1.2|4|GigabitEthernet0/0/2',
  '1.3.6.1.2.1.31.1.1.1.15.1|4|fast',
  '1.3.6.1.2.1.31.1.1.1.15.2|66|1000',
  `1.3.6.1.2.1.31.1.1.1.18.1|4x|${iconv.encode(ALIAS, 'gbk').toString('hex')}`,
  '1.3.6.1.2.1.31.1.1.1.18.2|4x|ff81208041',
].join('\n');

/** A node whose sysUpTime comes as a string and whose counters come as Gauge32. */
const BAD_POLL = [
  '1.3.6.1.2.1.1.3.0|4|360000',
  '1.3.6.1.2.1.1.5.0|4|bad-poll',
  '1.3.6.1.2.1.2.2.1.7.1|2|1',
  '1.3.6.1.2.1.2.2.1.8.1|2|1',
  '1.3.6.1.2.1.31.1.1.1.6.1|66|123',
  '1.3.6.1.2.1.31.1.1.1.10.1|66|456',
].join('\n');

function probe(host: string, port: number, community: string): Promise<unknown> {
  const session = new Session();
  return new Promise((resolve, reject) =>
    session.get({ host, port, community, oid: '.1.3.6.1.2.1.1.5.0', timeouts: [300] }, (error) => {
      session.close();
      return error ? reject(error) : resolve(undefined);
    }),
  );
}

describe("discovery walks against Debian's snmpsim", () => {
  let agent: SnmpsimAgent | undefined;
  let walker: SnmpBulkWalker;
  const cisco = gunzipSync(readFileSync(CISCO_WALK)).toString('latin1');
  const recorded = new Map(
    cisco.split('\n').map((line) => {
      const [oid, tag, value] = line.split('|');
      return [oid, { tag: tag ?? '', value: value ?? '' }];
    }),
  );
  const recordedOctets = (oid: string) => {
    const entry = recorded.get(oid)!;
    return entry.tag === '4x'
      ? Buffer.from(entry.value, 'hex')
      : Buffer.from(entry.value, 'latin1');
  };

  beforeAll(async () => {
    walker = new SnmpBulkWalker({ timeoutMs: 1_000, retries: 1, maxRepetitions: 24 });
    agent = await startSnmpsimAgent(
      { cisco, badtypes: `${BAD_TYPES}\n`, badpoll: `${BAD_POLL}\n` },
      (host, port) => probe(host, port, 'cisco'),
    );
  }, 30_000);

  afterAll(async () => {
    walker?.close();
    await agent?.stop();
  });

  it('when the recorded Cisco 3750 is walked, then every interface is read as recorded', async () => {
    const walk = await walkNode(
      walker,
      { host: agent!.host, port: agent!.port, community: 'cisco' },
      'auto',
      LIMITS,
    );
    const ifIndexes = [...recorded.keys()]
      .filter((oid) => oid.startsWith('1.3.6.1.2.1.2.2.1.1.'))
      .map((oid) => Number(oid.split('.').pop()));
    expect(walk.isComplete).toBeTrue();
    expect(walk.interfaces.map((iface) => iface.ifIndex)).toEqual(ifIndexes.sort((a, b) => a - b));
    expect(walk.system.sysName).toBe('Profiler3750');
    expect(walk.system.sysDescr).toContain('Cisco IOS Software, C3750');
    for (const iface of walk.interfaces) {
      const name = recorded.has(`1.3.6.1.2.1.31.1.1.1.1.${iface.ifIndex}`)
        ? decodeSnmpText(recordedOctets(`1.3.6.1.2.1.31.1.1.1.1.${iface.ifIndex}`)).text
        : decodeSnmpText(recordedOctets(`1.3.6.1.2.1.2.2.1.2.${iface.ifIndex}`)).text;
      expect(iface.ifName).toBe(name);
      const mac = `1.3.6.1.2.1.2.2.1.6.${iface.ifIndex}`;
      if (recorded.has(mac)) expect(iface.physAddress).toBe(formatMacAddress(recordedOctets(mac)));
    }
  });

  it('when a walk meets more rows than its bound, then it is cut and says so', async () => {
    const walk = await walkNode(
      walker,
      { host: agent!.host, port: agent!.port, community: 'cisco' },
      'auto',
      { maxInterfaces: 20, walkTimeoutMs: 20_000 },
    );
    expect(walk.isComplete).toBeFalse();
    expect(walk.interfaces.length).toBe(20);
    expect(walk.problems[0]).toMatch(/^interface table cut at 20 rows/);
  });

  it('when a polled node answers sysUpTime as a string, then the poll fails naming it', async () => {
    const poller = new SnmpUplinkPoller({ timeoutMs: 1_000, retries: 0 });
    try {
      await expectAsync(
        poller.pollNode({
          nodeId: 1,
          host: agent!.host,
          port: agent!.port,
          community: 'badpoll',
          ifIndexes: [1],
        }),
      ).toBeRejectedWithError(/answered sysUpTime as OCTET STRING, not TimeTicks/);
    } finally {
      poller.close();
    }
  });

  it('when values have wrong types or bytes no encoding fits, then they are left out or kept as hex', async () => {
    const walk = await walkNode(
      walker,
      { host: agent!.host, port: agent!.port, community: 'badtypes' },
      'auto',
      LIMITS,
    );
    const [first, second] = walk.interfaces;
    expect(first).toEqual(
      jasmine.objectContaining({ ifIndex: 1, ifAlias: ALIAS, speedMbps: null, operStatus: null }),
    );
    expect(second).toEqual(
      jasmine.objectContaining({
        ifIndex: 2,
        ifAlias: 'ff81208041',
        hexTextFields: ['ifAlias'],
        speedMbps: 1000,
        operStatus: 1,
      }),
    );
    expect(walk.problems).toEqual([
      'ifOperStatus: 1 value(s) of type OCTET STRING ignored (expected INTEGER)',
      'ifHighSpeed: 1 value(s) of type OCTET STRING ignored (expected Gauge32)',
    ]);
  });
});

describe("discovery walks against Debian's Net-SNMP snmpd", () => {
  let agent: NetSnmpAgent | undefined;
  let walker: SnmpBulkWalker;

  beforeAll(async () => {
    walker = new SnmpBulkWalker({ timeoutMs: 1_000, retries: 1, maxRepetitions: 24 });
    agent = await startNetSnmpAgent();
  }, 30_000);

  afterAll(async () => {
    walker?.close();
    await agent?.stop();
  });

  it("when snmpd's real ifTable is walked, then every interface it counts is read, lo included", async () => {
    const walk = await walkNode(
      walker,
      { host: agent!.host, port: agent!.port, community: agent!.community },
      'auto',
      LIMITS,
    );
    const [ifNumber] = await agent!.snmpget(['1.3.6.1.2.1.2.1.0']);
    expect(walk.isComplete).toBeTrue();
    expect(walk.interfaces.length).toBe(Number(ifNumber));
    const loopback = walk.interfaces.find((iface) => iface.ifName === 'lo');
    expect(loopback).toEqual(jasmine.objectContaining({ ifType: 24, physAddress: null }));
    for (const iface of walk.interfaces) {
      const [name] = await agent!.snmpget([`1.3.6.1.2.1.31.1.1.1.1.${iface.ifIndex}`]);
      expect(`"${iface.ifName}"`).toBe(name!);
    }
    expect(walk.system.sysObjectId).toMatch(/^1\.3\.6\.1\.4\.1\.8072\./);
  });
});
