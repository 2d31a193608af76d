import { UnitLevel } from '@extranet/database';
import { Packet, encode, parse } from 'snmp-native';
import { firstPassOids } from '../links/snmp-node-reading';
import { BerTag } from './ber-encoding';
import { answerPollGet } from './fast-get-answer';
import { SimulatedNode, type SimulatedNodeSpec } from './simulated-node';

const START = Date.UTC(2026, 10, 2, 2, 0, 0);
const COMMUNITY = 'fast-path';

function spec(): SimulatedNodeSpec {
  return {
    nodeId: 7,
    unitCode: '421321100',
    level: UnitLevel.Township,
    hostname: 'HB-421321100-R01',
    vendor: 'Huawei',
    mgmtAddress: '127.20.1.1',
    snmpPort: 16161,
    community: COMMUNITY,
    interfaces: [1, 2].map((ifIndex) => ({
      interfaceId: 100 + ifIndex,
      ifIndex,
      ifName: `GigabitEthernet0/0/${ifIndex}`,
      ifAlias: '上联',
      speedMbps: 1000,
      member: { memberIndex: ifIndex, contractedMbps: 200 },
    })),
  };
}

/** A request as a poller sends it: pduType 0 GetRequest, 1 GetNextRequest (snmp-native's numbering). */
function request(oids: string[], options: { community?: string; pduType?: number } = {}): Buffer {
  const packet = new Packet();
  packet.community = options.community ?? COMMUNITY;
  packet.pdu.type = options.pduType ?? 0;
  packet.pdu.reqid = 4242;
  packet.pdu.varbinds = oids.map((oid) => ({
    oid: oid.split('.').map(Number),
    type: 5,
    value: null,
  }));
  return encode(packet);
}

describe('answerPollGet (the simulator fast path for poll GETs)', () => {
  const node = new SimulatedNode(spec(), START);
  const now = START + 3_600_000;

  it('when a poll GET arrives, then every object gets the value and type the MIB would give', () => {
    const oids = firstPassOids([1, 2, 9]);
    const answer = answerPollGet(node, now, request(oids));
    expect(answer).not.toBeNull();
    const packet = parse(answer!);
    expect(packet.pdu.reqid).toBe(4242);
    expect(packet.community).toBe(COMMUNITY);
    const byOid = new Map(packet.pdu.varbinds.map((vb) => [vb.oid.join('.'), vb]));
    expect(packet.pdu.varbinds.map((vb) => vb.oid.join('.'))).toEqual(oids);
    const uptime = byOid.get('1.3.6.1.2.1.1.3.0')!;
    expect(uptime.type).toBe(BerTag.TimeTicks);
    expect(uptime.value).toBe(node.sysUpTimeTicks(now));
    expect(byOid.get('1.3.6.1.6.3.10.2.1.3.0')!.type).toBe(BerTag.NoSuchObject);
    const hcIn = byOid.get('1.3.6.1.2.1.31.1.1.1.6.1')!;
    expect(hcIn.type).toBe(BerTag.Counter64);
    // Exact: snmp-native's parsed Packet keeps the raw octets beside the (lossy) number.
    const raw = (hcIn as unknown as { valueRaw: Buffer }).valueRaw;
    expect(BigInt(`0x${raw.toString('hex')}`)).toBe(node.interfaces.get(1)!.inOctets.octetsAt(now));
    expect(byOid.get('1.3.6.1.2.1.31.1.1.1.1.2')!.value).toBe('GigabitEthernet0/0/2');
    expect(byOid.get('1.3.6.1.2.1.2.2.1.8.1')!.type).toBe(BerTag.Integer);
    expect(byOid.get('1.3.6.1.2.1.31.1.1.1.15.1')!.value).toBe(1000);
    // Not implemented, and an ifIndex the node does not have: as net-snmp answers them.
    expect(byOid.get('1.3.6.1.2.1.31.1.1.1.19.1')!.type).toBe(BerTag.NoSuchInstance);
    expect(byOid.get('1.3.6.1.2.1.31.1.1.1.6.9')!.type).toBe(BerTag.NoSuchInstance);
  });

  it('when the 32-bit fallback is asked, then ifIn/OutOctets are the low 32 bits', () => {
    const answer = parse(answerPollGet(node, now, request(['1.3.6.1.2.1.2.2.1.10.2']))!);
    const [in32] = answer.pdu.varbinds;
    expect(in32.type).toBe(BerTag.Counter32);
    expect(BigInt(in32.value as number)).toBe(
      node.interfaces.get(2)!.inOctets.octetsAt(now) % 2n ** 32n,
    );
  });

  it('when the request is anything but a poll GET in the right community, then net-snmp answers it', () => {
    const sysUpTime = '1.3.6.1.2.1.1.3.0';
    expect(answerPollGet(node, now, request([sysUpTime], { community: 'wrong' }))).toBeNull();
    expect(answerPollGet(node, now, request([sysUpTime], { pduType: 1 }))).toBeNull();
    expect(answerPollGet(node, now, request([sysUpTime, '1.3.6.1.2.1.1.5.0']))).toBeNull();
    expect(answerPollGet(node, now, Buffer.from([0x30, 0x03, 0x02, 0x01]))).toBeNull();
  });
});
