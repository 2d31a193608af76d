import { IfStatus, UnitLevel } from '@extranet/database';
import { ScenarioKind, ScenarioRequestError, parseScenarioRequest } from './scenarios';
import { SimulatedNode, speedBelow, type SimulatedNodeSpec } from './simulated-node';
import { encodeCounter64, ifSpeedGauge, toCounter32 } from './snmp-values';
import { scheduledBootMs } from './traffic-mix';
import { decodeCounter64 } from '../links/counter-rate';

const START = Date.UTC(2026, 10, 2, 2, 0, 0); // Monday 10:00 CST

function township(): SimulatedNodeSpec {
  const member = (ifIndex: number, interfaceId: number) => ({
    interfaceId,
    ifIndex,
    ifName: `GigabitEthernet0/0/${ifIndex}`,
    ifAlias: `上联-随县-${ifIndex === 1 ? '电信' : '联通'}-200M`,
    speedMbps: 1000,
    member: { memberIndex: ifIndex, contractedMbps: 200 },
  });
  return {
    nodeId: 42,
    unitCode: '421321100',
    level: UnitLevel.Township,
    hostname: 'HB-421321100-R01',
    vendor: 'Huawei',
    mgmtAddress: '127.20.1.1',
    snmpPort: 16161,
    community: 'not-logged',
    interfaces: [
      member(1, 101),
      member(2, 102),
      {
        interfaceId: 103,
        ifIndex: 3,
        ifName: 'LoopBack0',
        ifAlias: null,
        speedMbps: 0,
        member: null,
      },
    ],
  };
}

function rateBps(
  node: SimulatedNode,
  ifIndex: number,
  direction: 'in' | 'out',
  from: number,
  to: number,
) {
  const track = node.interfaces.get(ifIndex)!.track(direction);
  return (Number(track.octetsAt(to) - track.octetsAt(from)) * 8000) / (to - from);
}

describe('SimulatedNode', () => {
  it('when nothing is switched on, then members carry daily traffic well below their contract', () => {
    const node = new SimulatedNode(township(), START);
    const rate = rateBps(node, 1, 'in', START, START + 60_000);
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(0.9 * 200e6);
    expect(rateBps(node, 3, 'in', START, START + 60_000)).toBe(0); // loopback
  });

  it('when member-down is on for member 2, then only member 2 goes down and its counters freeze', () => {
    const node = new SimulatedNode(township(), START);
    node.applyScenario({ kind: ScenarioKind.MemberDown, memberIndex: 2 }, START);
    expect(node.interfaces.get(2)!.operStatus).toBe(IfStatus.Down);
    expect(node.interfaces.get(1)!.operStatus).toBe(IfStatus.Up);
    expect(rateBps(node, 2, 'in', START + 1_000, START + 61_000)).toBe(0);
    expect(rateBps(node, 1, 'in', START + 1_000, START + 61_000)).toBeGreaterThan(0);
  });

  it('when below-tier is on, then ifHighSpeed drops under the contract and traffic fits the port', () => {
    const node = new SimulatedNode(township(), START);
    node.applyScenario({ kind: ScenarioKind.BelowTier, memberIndex: 1 }, START);
    expect(node.interfaces.get(1)!.reportedSpeedMbps).toBe(100);
    expect(rateBps(node, 1, 'in', START + 1_000, START + 61_000)).toBeLessThan(100e6);
  });

  it('when congested is on, then inbound traffic holds at 97 % of the contract', () => {
    const node = new SimulatedNode(township(), START);
    node.applyScenario({ kind: ScenarioKind.Congested, memberIndex: null }, START);
    expect(rateBps(node, 1, 'in', START + 1_000, START + 61_000)).toBeCloseTo(0.97 * 200e6, -3);
    expect(rateBps(node, 2, 'in', START + 1_000, START + 61_000)).toBeCloseTo(0.97 * 200e6, -3);
  });

  it('when reboot is switched on, then sysUpTime and the counters restart at 0', () => {
    const node = new SimulatedNode(township(), START);
    expect(node.sysUpTimeTicks(START)).toBe(Math.floor((START - node.bootedAtMs) / 10));
    expect(node.bootedAtMs).toBeGreaterThan(START - 110 * 86_400_000);
    const rebootAt = START + 5_000;
    node.applyScenario({ kind: ScenarioKind.Reboot, memberIndex: null }, rebootAt);
    expect(node.sysUpTimeTicks(rebootAt + 2_500)).toBe(250);
    expect(node.interfaces.get(1)!.inOctets.octetsAt(rebootAt)).toBe(0n);
    node.clearScenarios(rebootAt + 10_000);
    expect(node.sysUpTimeTicks(rebootAt + 20_000)).toBe(2_000); // clearing does not un-reboot
  });

  it('when silent is on, then the node says so (its agent closes the socket)', () => {
    const node = new SimulatedNode(township(), START);
    node.applyScenario({ kind: ScenarioKind.Silent, memberIndex: null }, START);
    expect(node.isSilent).toBeTrue();
    node.clearScenarios(START + 1, ScenarioKind.Silent);
    expect(node.isSilent).toBeFalse();
  });

  it('when a scenario names a member the node lacks, then it is refused', () => {
    const node = new SimulatedNode(township(), START);
    expect(() =>
      node.applyScenario({ kind: ScenarioKind.MemberDown, memberIndex: 3 }, START),
    ).toThrowError(RangeError);
  });

  it('when the simulator restarts, then boot times and counters are the same (deterministic)', () => {
    const first = new SimulatedNode(township(), START);
    const second = new SimulatedNode(township(), START + 3_600_000);
    expect(second.bootedAtMs).toBe(first.bootedAtMs);
    const at = START + 7_200_000;
    expect(second.interfaces.get(1)!.inOctets.octetsAt(at)).toBe(
      first.interfaces.get(1)!.inOctets.octetsAt(at),
    );
    expect(scheduledBootMs(42, START)).toBeLessThanOrEqual(START);
  });
});

describe('scenario requests', () => {
  it('when kind and member are valid, then they are accepted', () => {
    expect(parseScenarioRequest({ kind: 'member-down', memberIndex: 2 })).toEqual({
      kind: ScenarioKind.MemberDown,
      memberIndex: 2,
    });
    expect(parseScenarioRequest({ kind: 'silent' })).toEqual({
      kind: ScenarioKind.Silent,
      memberIndex: null,
    });
  });

  it('when kind is unknown or a node-wide kind names a member, then it is rejected', () => {
    expect(() => parseScenarioRequest({ kind: 'meltdown' })).toThrowError(ScenarioRequestError);
    expect(() => parseScenarioRequest({ kind: 'reboot', memberIndex: 1 })).toThrowError(
      ScenarioRequestError,
    );
    expect(() => parseScenarioRequest({ kind: 'congested', memberIndex: 0 })).toThrowError(
      ScenarioRequestError,
    );
    expect(() => parseScenarioRequest('member-down')).toThrowError(ScenarioRequestError);
  });
});

describe('SNMP value encodings', () => {
  it('when a Counter64 is encoded, then the poller decodes the same value, minimal and unsigned', () => {
    for (const value of [0n, 255n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n]) {
      expect(decodeCounter64(encodeCounter64(value))).toBe(value);
    }
    expect(encodeCounter64(255n)).toEqual(Buffer.from([0x00, 0xff]));
    expect(encodeCounter64(256n).length).toBe(2);
  });

  it('when a counter is read as Counter32, then it is its low 32 bits', () => {
    expect(toCounter32(2n ** 32n + 5n)).toBe(5);
  });

  it('when the port is 10G, then ifSpeed saturates at the Gauge32 maximum', () => {
    expect(ifSpeedGauge(10_000)).toBe(4_294_967_295);
    expect(ifSpeedGauge(1_000)).toBe(1e9);
  });

  it('when a contract is 200M, then the slower standard port is 100M', () => {
    expect(speedBelow(200)).toBe(100);
    expect(speedBelow(10_000)).toBe(1_000);
    expect(speedBelow(2_000)).toBe(1_000);
  });

  it('when renumber is switched on, then the node reboots and members 1 and 2 swap ifIndexes', () => {
    const node = new SimulatedNode(township(), START);
    const at = START + 3_600_000;
    node.applyScenario({ kind: ScenarioKind.Renumber, memberIndex: null }, at);
    expect(node.sysUpTimeTicks(at + 1_000)).toBe(100);
    expect(node.interfaces.get(1)!.spec.ifName).toBe('GigabitEthernet0/0/2');
    expect(node.interfaces.get(2)!.spec.ifName).toBe('GigabitEthernet0/0/1');
    expect(node.interfaces.get(3)!.spec.ifName).toBe('LoopBack0');
    expect(node.interfaces.get(1)!.track('in').octetsAt(at)).toBe(0n);
  });

  it('when renumber is asked for one member, then it is refused (it applies to the node)', () => {
    expect(() => parseScenarioRequest({ kind: 'renumber', memberIndex: 1 })).toThrowError(
      ScenarioRequestError,
    );
  });
});
