import * as iconv from 'iconv-lite';
import { BerTag, signedOctets, unsignedOctets } from '../../simulator/ber-encoding';
import {
  startMisbehavingAgent,
  type AgentValue,
  type MisbehavingAgent,
} from '../../testing/misbehaving-agent';
import { IF_ENTRY_OID, IF_X_ENTRY_OID, SNMP_ENGINE_TIME_OID } from '../snmp-oids';
import { SnmpUplinkPoller } from '../snmp-uplink-poller';
import { walkNode } from './node-walk';
import { SnmpBulkWalker } from './snmp-bulk-walker';

const COMMUNITY = 'bad-agent-spec';
const integer = (value: number): AgentValue => ({
  tag: BerTag.Integer,
  content: signedOctets(value),
});
const unsigned = (tag: number, value: bigint): AgentValue => ({
  tag,
  content: unsignedOctets(value),
});
const octets = (content: Buffer): AgentValue => ({ tag: BerTag.OctetString, content });

/** A one-port Huawei-like node: what the poller and a discovery walk ask for. */
function nodeValues(): Map<string, AgentValue> {
  const port = 1;
  return new Map<string, AgentValue>([
    ['1.3.6.1.2.1.1.1.0', octets(Buffer.from('Huawei AR6280'))],
    [
      '1.3.6.1.2.1.1.2.0',
      { tag: BerTag.ObjectIdentifier, content: Buffer.from([0x2b, 6, 1, 4, 1]) },
    ],
    ['1.3.6.1.2.1.1.3.0', unsigned(BerTag.TimeTicks, 123_456n)],
    ['1.3.6.1.2.1.1.5.0', octets(Buffer.from('HB-4213-R01'))],
    [`${SNMP_ENGINE_TIME_OID}.0`, integer(1_234)],
    [`${IF_ENTRY_OID}.2.${port}`, octets(Buffer.from('GigabitEthernet0/0/1'))],
    [`${IF_ENTRY_OID}.3.${port}`, integer(6)],
    [`${IF_ENTRY_OID}.5.${port}`, unsigned(BerTag.Gauge32, 1_000_000_000n)],
    [`${IF_ENTRY_OID}.6.${port}`, octets(Buffer.from('00e0fc010203', 'hex'))],
    [`${IF_ENTRY_OID}.7.${port}`, integer(1)],
    [`${IF_ENTRY_OID}.8.${port}`, integer(1)],
    [`${IF_X_ENTRY_OID}.1.${port}`, octets(Buffer.from('GigabitEthernet0/0/1'))],
    [`${IF_X_ENTRY_OID}.6.${port}`, unsigned(BerTag.Counter64, 2n ** 60n + 7n)],
    [`${IF_X_ENTRY_OID}.10.${port}`, unsigned(BerTag.Counter64, 2n ** 59n)],
    [`${IF_X_ENTRY_OID}.15.${port}`, unsigned(BerTag.Gauge32, 1_000n)],
    [`${IF_X_ENTRY_OID}.18.${port}`, octets(iconv.encode('上联-随州市-电信', 'gbk'))],
    [`${IF_X_ENTRY_OID}.19.${port}`, unsigned(BerTag.TimeTicks, 0n)],
  ]);
}

describe('an agent that answers badly (raw UDP, crafted BER)', () => {
  let agent: MisbehavingAgent;
  let poller: SnmpUplinkPoller;
  let walker: SnmpBulkWalker;
  const target = () => ({
    nodeId: 1,
    host: agent.host,
    port: agent.port,
    community: COMMUNITY,
    ifIndexes: [1],
  });
  const walkTarget = () => ({ host: agent.host, port: agent.port, community: COMMUNITY });
  const limits = { maxInterfaces: 50, walkTimeoutMs: 5_000 };

  beforeAll(async () => {
    agent = await startMisbehavingAgent({ community: COMMUNITY, values: nodeValues() });
  });
  beforeEach(() => {
    poller = new SnmpUplinkPoller({ timeoutMs: 150, retries: 0 });
    walker = new SnmpBulkWalker({ timeoutMs: 150, retries: 0, maxRepetitions: 8 });
  });
  afterEach(() => {
    poller.close();
    walker.close();
  });
  afterAll(() => agent.stop());

  it('when it behaves, then the poll reads the exact 64-bit counters and the walk the GBK alias', async () => {
    agent.behaviour = 'none';
    const reading = await poller.pollNode(target());
    expect(reading.interfaces.get(1)?.inOctets).toBe(2n ** 60n + 7n);
    const walk = await walkNode(walker, walkTarget(), 'auto', limits);
    expect(walk.isComplete).toBeTrue();
    expect(walk.interfaces).toEqual([
      jasmine.objectContaining({
        ifIndex: 1,
        ifName: 'GigabitEthernet0/0/1',
        ifAlias: '上联-随州市-电信',
        physAddress: '00:e0:fc:01:02:03',
        speedMbps: 1000,
      }),
    ]);
    expect(walk.system.sysName).toBe('HB-4213-R01');
  });

  it('when it answers noSuchObject, then the poll fails naming sysUpTime', async () => {
    agent.behaviour = 'no-such-object';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(/did not return sysUpTime/);
  });

  it('when it answers with wrong types, then the poll fails naming the object and the types', async () => {
    agent.behaviour = 'wrong-types';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(
      /answered sysUpTime as OCTET STRING, not TimeTicks/,
    );
  });

  it('when its datagrams are truncated, then they are refused as malformed, never parsed', async () => {
    agent.behaviour = 'truncated';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(
      /malformed answer: truncated at .*no usable answer after 1 attempt/,
    );
    await expectAsync(walkNode(walker, walkTarget(), 'auto', limits)).toBeRejectedWithError(
      /malformed answer: truncated/,
    );
  });

  it('when it sends garbage, then the garbage is named and the collector lives on', async () => {
    agent.behaviour = 'garbage';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(/malformed answer/);
  });

  it('when it answers with another request id, then the answer is not taken', async () => {
    agent.behaviour = 'wrong-request-id';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(
      /answer with a request id that was not asked/,
    );
  });

  it('when it answers nothing, then the poll times out', async () => {
    agent.behaviour = 'silent';
    await expectAsync(poller.pollNode(target())).toBeRejectedWithError(
      /SNMP timeout after 1 attempt/,
    );
  });

  it('when its table never ends, then the walk is cut at the row bound and says so', async () => {
    agent.behaviour = 'endless-table';
    const walk = await walkNode(walker, walkTarget(), 'auto', limits);
    expect(walk.isComplete).toBeFalse();
    expect(walk.interfaces.length).toBe(50);
    expect(walk.problems[0]).toBe(
      'interface table cut at 50 rows (ifIndex 50; DISCOVERY_MAX_INTERFACES)',
    );
  });

  it('when its OIDs do not increase, then the walk stops instead of looping', async () => {
    agent.behaviour = 'non-increasing';
    await expectAsync(walkNode(walker, walkTarget(), 'auto', limits)).toBeRejectedWithError(
      /returned OIDs out of order/,
    );
  });

  it('when its view hides IF-MIB (no interface at all), then the walk fails instead of emptying the node', async () => {
    const systemOnly = new Map(
      [...nodeValues()].filter(([oid]) => oid.startsWith('1.3.6.1.2.1.1.')),
    );
    const hidden = await startMisbehavingAgent({ community: COMMUNITY, values: systemOnly });
    try {
      await expectAsync(
        walkNode(
          walker,
          { host: hidden.host, port: hidden.port, community: COMMUNITY },
          'auto',
          limits,
        ),
      ).toBeRejectedWithError(/lists no interface in ifTable\/ifXTable/);
    } finally {
      await hidden.stop();
    }
  });

  it('when it is too slow for the walk bound, then the walk fails naming the bound', async () => {
    agent.behaviour = 'slow';
    const slowWalker = new SnmpBulkWalker({ timeoutMs: 1_000, retries: 0, maxRepetitions: 1 });
    try {
      await expectAsync(
        walkNode(slowWalker, walkTarget(), 'auto', { maxInterfaces: 50, walkTimeoutMs: 1_000 }),
      ).toBeRejectedWithError(/walk did not finish within 1 s .*DISCOVERY_WALK_TIMEOUT_MS/);
    } finally {
      slowWalker.close();
    }
  });
});
