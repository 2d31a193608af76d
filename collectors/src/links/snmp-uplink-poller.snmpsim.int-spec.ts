import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { Session, type VarBind } from 'snmp-native';
import { startSnmpsimAgent, type SnmpsimAgent } from '../testing/snmpsim-agent';
import { UnknownIntervalReason, computeInterfaceRate, type CounterReading } from './counter-rate';
import { SnmpUplinkPoller, type NodeReading } from './snmp-uplink-poller';

/** The Cisco walk Debian ships with snmpsim: a real switch's IF-MIB as recorded. */
const CISCO_WALK = '/usr/share/doc/snmpsim/examples/data/cisco_16_switch.snmprec.gz';
const ALIAS_GBK = '上联-随州市-电信-2G';
const IF_ALIAS_2 = '1.3.6.1.2.1.31.1.1.1.18.2';

/** Three ports with controlled counters: HC above 2^53, no HC at all, HC stuck at zero. */
const CONTROLLED: [string, string, string | number | bigint][] = [
  ['1.3.6.1.2.1.1.3.0', '67', 360_000],
  ['1.3.6.1.6.3.10.2.1.3.0', '2', 3_600],
  ...port(1, { hcIn: 9_007_199_254_740_993n, hcOut: 2n ** 64n - 1n, highSpeed: 10_000 }),
  ...port(2, { in32: 4_294_967_295, out32: 123, ifSpeed: 100_000_000 }),
  ...port(3, { hcIn: 0n, hcOut: 0n, in32: 5_000, out32: 7, highSpeed: 100 }),
  [IF_ALIAS_2, '4x', iconv.encode(ALIAS_GBK, 'gbk').toString('hex')],
];

function port(
  i: number,
  values: Partial<Record<'hcIn' | 'hcOut' | 'in32' | 'out32' | 'highSpeed' | 'ifSpeed', unknown>>,
): [string, string, string | number | bigint][] {
  const rows: [string, string, unknown][] = [
    [`1.3.6.1.2.1.2.2.1.5.${i}`, '66', values.ifSpeed],
    [`1.3.6.1.2.1.2.2.1.7.${i}`, '2', 1],
    [`1.3.6.1.2.1.2.2.1.8.${i}`, '2', 1],
    [`1.3.6.1.2.1.2.2.1.10.${i}`, '65', values.in32],
    [`1.3.6.1.2.1.2.2.1.16.${i}`, '65', values.out32],
    [`1.3.6.1.2.1.31.1.1.1.6.${i}`, '70', values.hcIn],
    [`1.3.6.1.2.1.31.1.1.1.10.${i}`, '70', values.hcOut],
    [`1.3.6.1.2.1.31.1.1.1.15.${i}`, '66', values.highSpeed],
    [`1.3.6.1.2.1.31.1.1.1.19.${i}`, '67', 0],
  ];
  return rows.filter((row) => row[2] !== undefined) as [string, string, string | number][];
}

/** snmpsim looks OIDs up in a sorted index: .snmprec lines go in OID order. */
function snmprec(rows: [string, string, string | number | bigint][]): string {
  const key = (oid: string) =>
    oid
      .split('.')
      .map((part) => part.padStart(10, '0'))
      .join('.');
  return rows
    .slice()
    .sort((a, b) => key(a[0]).localeCompare(key(b[0])))
    .map(([oid, tag, value]) => `${oid}|${tag}|${value}`)
    .join('\n')
    .concat('\n');
}

describe("SnmpUplinkPoller against Debian's snmpsim", () => {
  let agent: SnmpsimAgent | undefined;
  let poller: SnmpUplinkPoller | undefined;
  let ciscoWalk = new Map<string, string>();

  beforeAll(async () => {
    poller = new SnmpUplinkPoller({ timeoutMs: 1_000, retries: 1 });
    const cisco = gunzipSync(readFileSync(CISCO_WALK)).toString('latin1');
    ciscoWalk = new Map(
      cisco.split('\n').map((line) => {
        const [oid, , value] = line.split('|');
        return [oid, value ?? ''];
      }),
    );
    agent = await startSnmpsimAgent({ controlled: snmprec(CONTROLLED), cisco }, (host, port) =>
      poller!.pollNode({ nodeId: 1, host, port, community: 'controlled', ifIndexes: [] }),
    );
  }, 30_000);

  afterAll(async () => {
    poller?.close();
    await agent?.stop();
  });

  const poll = (community: string, ifIndexes: number[]): Promise<NodeReading> =>
    poller!.pollNode({ nodeId: 1, host: agent!.host, port: agent!.port, community, ifIndexes });

  it('when ifHCInOctets is above 2^53, then it is read exactly as 64-bit', async () => {
    const reading = await poll('controlled', [1]);
    expect(reading.sysUptimeTicks).toBe(360_000);
    expect(reading.engineTimeSeconds).toBe(3_600);
    expect(reading.interfaces.get(1)).toEqual(
      jasmine.objectContaining({
        inOctets: 9_007_199_254_740_993n,
        outOctets: 18_446_744_073_709_551_615n,
        counterBits: 64,
        highSpeedMbps: 10_000,
        discontinuityTicks: 0,
      }),
    );
  });

  it('when a port has no ifHC* and no ifHighSpeed, then ifIn/OutOctets and ifSpeed are used', async () => {
    const reading = await poll('controlled', [1, 2]);
    expect(reading.interfaces.get(1)?.counterBits).toBe(64);
    expect(reading.interfaces.get(2)).toEqual(
      jasmine.objectContaining({
        inOctets: 4_294_967_295n,
        outOctets: 123n,
        counterBits: 32,
        highSpeedMbps: 100,
      }),
    );
  });

  it('when ifHC* read zero while ifIn/OutOctets do not, then the 32-bit counters are used', async () => {
    const reading = await poll('controlled', [3]);
    expect(reading.interfaces.get(3)).toEqual(
      jasmine.objectContaining({ inOctets: 5_000n, outOctets: 7n, counterBits: 32 }),
    );
  });

  it('when the served 32-bit counter is followed by a wrap or a reset, then wrap counts and reset is unknown', async () => {
    const reading = await poll('controlled', [2, 3]);
    const asRead = (ifIndex: number): CounterReading => {
      const { inOctets, outOctets, counterBits, discontinuityTicks, readAtMs } =
        reading.interfaces.get(ifIndex)!;
      const { sysUptimeTicks, engineTimeSeconds } = reading;
      return {
        inOctets,
        outOctets,
        counterBits,
        discontinuityTicks,
        readAtMs,
        sysUptimeTicks,
        engineTimeSeconds,
      };
    };
    const later = (previous: CounterReading, inOctets: bigint): CounterReading => ({
      ...previous,
      inOctets,
      sysUptimeTicks: previous.sysUptimeTicks + 6_000,
      engineTimeSeconds: (previous.engineTimeSeconds ?? 0) + 60,
      readAtMs: previous.readAtMs + 60_000,
    });
    // Port 2 at 2^32 - 1 → 7,499,999: 7.5 MB in 60 s on 100 Mbit/s is a wrap at 1 Mbit/s.
    const wrapped = computeInterfaceRate(asRead(2), later(asRead(2), 7_499_999n), {
      portSpeedMbps: 100,
    });
    expect(wrapped).toEqual(
      jasmine.objectContaining({ kind: 'rate', inBps: 1_000_000, hasWrapped: true }),
    );
    // Port 3 at 5,000 → 10: a wrap would be 572 Mbit/s on a 100 Mbit/s port, so it is a reset.
    const reset = computeInterfaceRate(asRead(3), later(asRead(3), 10n), { portSpeedMbps: 100 });
    expect(reset).toEqual(
      jasmine.objectContaining({ kind: 'unknown', reason: UnknownIntervalReason.CounterReset }),
    );
  });

  it('when ifAlias is GBK, then snmpsim serves its raw bytes unchanged', async () => {
    const session = new Session({ family: 'udp4' });
    try {
      const [alias] = await new Promise<VarBind[]>((resolve, reject) =>
        session.get(
          { host: agent!.host, port: agent!.port, community: 'controlled', oid: `.${IF_ALIAS_2}` },
          (error, varbinds) => (error ? reject(error) : resolve(varbinds)),
        ),
      );
      expect(iconv.decode(alias!.valueRaw, 'gbk')).toBe(ALIAS_GBK);
    } finally {
      session.close();
    }
  });

  it('when the recorded Cisco switch is polled, then counters are what its walk holds', async () => {
    const ifIndexes = [1, 60, 11001];
    const reading = await poll('cisco', ifIndexes);
    expect(reading.sysUptimeTicks).toBe(Number(ciscoWalk.get('1.3.6.1.2.1.1.3.0')));
    expect(reading.engineTimeSeconds).toBe(Number(ciscoWalk.get('1.3.6.1.6.3.10.2.1.3.0')));
    expect(reading.missingIfIndexes).toEqual([]);
    for (const ifIndex of ifIndexes) {
      const hcIn = BigInt(ciscoWalk.get(`1.3.6.1.2.1.31.1.1.1.6.${ifIndex}`)!);
      const hcOut = BigInt(ciscoWalk.get(`1.3.6.1.2.1.31.1.1.1.10.${ifIndex}`)!);
      const in32 = BigInt(ciscoWalk.get(`1.3.6.1.2.1.2.2.1.10.${ifIndex}`)!);
      const isHcUsable = hcIn !== 0n || hcOut !== 0n || in32 === 0n;
      const read = reading.interfaces.get(ifIndex)!;
      expect(read.counterBits)
        .withContext(`ifIndex ${ifIndex}`)
        .toBe(isHcUsable ? 64 : 32);
      expect(read.inOctets)
        .withContext(`ifIndex ${ifIndex}`)
        .toBe(isHcUsable ? hcIn : in32);
      expect(read.highSpeedMbps).toBe(Number(ciscoWalk.get(`1.3.6.1.2.1.31.1.1.1.15.${ifIndex}`)));
      expect(read.discontinuityTicks).toBe(
        Number(ciscoWalk.get(`1.3.6.1.2.1.31.1.1.1.19.${ifIndex}`)),
      );
    }
    expect(reading.interfaces.get(60)?.inOctets).toBe(37_505_809_994n);
  });
});
