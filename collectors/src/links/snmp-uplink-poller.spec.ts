import dns from 'node:dns';
import { IfStatus, UnitLevel } from '@extranet/database';
import { NodeAgent } from '../simulator/node-agent';
import { SimulatedNode, type SimulatedNodeSpec } from '../simulator/simulated-node';
import {
  PollError,
  SnmpUplinkPoller,
  firstPassNumericOids,
  numericOid,
  retryTimeouts,
} from './snmp-uplink-poller';
import { firstPassOids } from './snmp-node-reading';
import { freeUdpPort } from '../testing/agent-process';

/**
 * The poller against one real net-snmp agent on a loopback address: the wire format of
 * Counter64, TimeTicks and exceptions, and how failures surface. No database involved.
 */
describe('SnmpUplinkPoller against a simulated agent', () => {
  const address = '127.20.255.201';
  let port: number;
  let node: SimulatedNode;
  let agent: NodeAgent;
  let poller: SnmpUplinkPoller;
  const now = () => Date.UTC(2026, 10, 2, 2, 0, 0); // frozen clock: values are predictable

  beforeAll(async () => {
    port = await freeUdpPort(address);
    const spec: SimulatedNodeSpec = {
      nodeId: 9_001,
      unitCode: '420000999',
      level: UnitLevel.County,
      hostname: 'HB-TEST-R01',
      vendor: 'H3C',
      mgmtAddress: address,
      snmpPort: port,
      community: 'c0mmunity-under-test',
      interfaces: [1, 2].map((ifIndex) => ({
        interfaceId: 90_000 + ifIndex,
        ifIndex,
        ifName: `Ten-GigabitEthernet1/0/${ifIndex}`,
        ifAlias: '上联-随州市-电信-2G',
        speedMbps: 10_000,
        member: { memberIndex: ifIndex, contractedMbps: 2_000 },
      })),
    };
    node = new SimulatedNode(spec, now());
    agent = new NodeAgent(node, now, () => undefined);
    await agent.listen();
    poller = new SnmpUplinkPoller({ timeoutMs: 200, retries: 0 });
  });

  afterAll(async () => {
    poller.close();
    await agent.close();
  });

  const target = (overrides: object = {}) => ({
    nodeId: 9_001,
    host: address,
    port,
    community: 'c0mmunity-under-test',
    ifIndexes: [1, 2],
    ...overrides,
  });

  it('when the node answers, then counters, status, speed and sysUpTime are read exactly', async () => {
    node.applyScenario({ kind: 'member-down', memberIndex: 2 }, now());
    const reading = await poller.pollNode(target());
    expect(reading.sysUptimeTicks).toBe(node.sysUpTimeTicks(now()));
    const first = reading.interfaces.get(1)!;
    expect(first.inOctets).toBe(node.interfaces.get(1)!.inOctets.octetsAt(now()));
    expect(first.outOctets).toBe(node.interfaces.get(1)!.outOctets.octetsAt(now()));
    expect(first.highSpeedMbps).toBe(10_000);
    expect(first.operStatus).toBe(IfStatus.Up);
    expect(reading.interfaces.get(2)!.operStatus).toBe(IfStatus.Down);
    node.clearScenarios(now());
  });

  it('when an interface does not exist on the node, then it is reported missing, not fatal', async () => {
    const reading = await poller.pollNode(target({ ifIndexes: [1, 7] }));
    expect(reading.missingIfIndexes).toEqual([7]);
    expect([...reading.interfaces.keys()]).toEqual([1]);
  });

  it('when retries are configured, then each attempt waits twice as long as the one before', () => {
    expect(retryTimeouts(2_000, 1)).toEqual([2_000, 4_000]);
    expect(retryTimeouts(500, 3)).toEqual([500, 1_000, 2_000, 4_000]);
    expect(retryTimeouts(2_000, 0)).toEqual([2_000]);
  });

  it('when the community is wrong, then the agent stays silent and the poll times out', async () => {
    await expectAsync(poller.pollNode(target({ community: 'guess' }))).toBeRejectedWithError(
      PollError,
      /SNMP timeout after 1 attempt\(s\)/,
    );
  });

  it('when the failure is reported, then the message never contains the community', async () => {
    const error = await poller.pollNode(target({ community: 'secret-9' })).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('secret-9');
  });

  it('when the management address is not an IP literal, then it fails at once without a lookup', async () => {
    const lookup = spyOn(dns, 'lookup').and.callThrough();
    await expectAsync(poller.pollNode(target({ host: '999.1.1.1' }))).toBeRejectedWithError(
      PollError,
      /management address "999\.1\.1\.1" is not an IPv4 or IPv6 address/,
    );
    await expectAsync(poller.pollNode(target({ host: 'router.example' }))).toBeRejectedWithError(
      PollError,
      /not an IPv4 or IPv6 address/,
    );
    expect(lookup).not.toHaveBeenCalled();
  });

  it('when several nodes are polled at once, then every call settles on its own', async () => {
    const results = await Promise.allSettled([
      poller.pollNode(target()),
      poller.pollNode(target({ community: 'wrong' })),
      poller.pollNode(target()),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('when OIDs are asked again and again, then each is parsed once into the numbers sent', () => {
    const sysUpTime = numericOid('1.3.6.1.2.1.1.3.0');
    expect(sysUpTime).toEqual([1, 3, 6, 1, 2, 1, 1, 3, 0]);
    expect(numericOid('1.3.6.1.2.1.1.3.0')).toBe(sysUpTime);
    expect(numericOid('1.3.6.1.2.1.31.1.1.1.6.4294967295')).toEqual([
      1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 4294967295,
    ]);
  });

  it('when nodes ask the same ifIndexes, then they share one first-pass list, equal to the text one', () => {
    const list = firstPassNumericOids([1, 2]);
    expect(firstPassNumericOids([1, 2])).toBe(list);
    expect(list).toEqual(firstPassOids([1, 2]).map(numericOid));
    expect(firstPassNumericOids([2, 1])).toEqual(firstPassOids([2, 1]).map(numericOid));
  });
});
