import { once } from 'node:events';
import { createServer, connect, type AddressInfo } from 'node:net';
import { IfStatus } from '@extranet/database';
import { startNetSnmpAgent, type NetSnmpAgent } from '../testing/net-snmp-agent';
import { computeInterfaceRate } from './counter-rate';
import { IfEntryColumn, IfXEntryColumn, ifEntryInstance, ifXEntryInstance } from './snmp-oids';
import {
  PollError,
  SnmpUplinkPoller,
  type InterfaceReading,
  type NodeReading,
} from './snmp-uplink-poller';

/** Linux numbers the loopback interface 1; snmpd reads its counters from the kernel. */
const LO = 1;
const MISSING_IF_INDEX = 9_999;
/** Net-SNMP caches ifTable/ifXTable for a few seconds; a read within that sees no change. */
const COUNTER_REFRESH_WITHIN_MS = 15_000;
const TRAFFIC_OCTETS = 256 * 1024;

/**
 * The poller against Debian's Net-SNMP `snmpd` on loopback, reading the host's own `lo`:
 * Counter64, TimeTicks, Gauge32 and noSuchInstance as a real agent encodes them. What the
 * poller reads is compared with what Net-SNMP's own `snmpget` prints, never with guesses.
 */
describe("SnmpUplinkPoller against Debian's Net-SNMP snmpd", () => {
  let agent: NetSnmpAgent | undefined;
  let poller: SnmpUplinkPoller | undefined;

  beforeAll(async () => {
    agent = await startNetSnmpAgent();
    poller = new SnmpUplinkPoller({ timeoutMs: 1_000, retries: 1 });
  }, 20_000);

  afterAll(async () => {
    poller?.close();
    await agent?.stop();
  });

  const poll = (ifIndexes: number[] = [LO], community = agent!.community) =>
    poller!.pollNode({ nodeId: 1, host: agent!.host, port: agent!.port, community, ifIndexes });
  const lo = (reading: NodeReading): InterfaceReading => reading.interfaces.get(LO)!;

  it('when lo is polled, then sysUpTime, status and speed are what snmpget reports', async () => {
    const reading = await poll();
    const [uptime, operStatus, adminStatus, highSpeed] = await agent!.snmpget([
      '1.3.6.1.2.1.1.3.0',
      ifEntryInstance(IfEntryColumn.ifOperStatus, LO),
      ifEntryInstance(IfEntryColumn.ifAdminStatus, LO),
      ifXEntryInstance(IfXEntryColumn.ifHighSpeed, LO),
    ]);
    expect(reading.sysUptimeTicks).toBeGreaterThan(0);
    expect(reading.sysUptimeTicks).toBeLessThanOrEqual(Number(uptime));
    expect(reading.missingIfIndexes).toEqual([]);
    expect(lo(reading).operStatus).toBe(IfStatus.Up);
    expect(lo(reading).operStatus).toBe(Number(operStatus));
    expect(lo(reading).adminStatus).toBe(Number(adminStatus));
    // Linux reports lo at 10 Mbit/s (ifSpeed 10000000): take snmpd's word, whatever it is.
    expect(lo(reading).highSpeedMbps).toBe(Number(highSpeed));
  });

  it('when the HC counters are read, then they are BigInt and bracket what snmpget prints', async () => {
    const before = await poll();
    const [inOctets, outOctets] = await agent!.snmpget([
      ifXEntryInstance(IfXEntryColumn.ifHCInOctets, LO),
      ifXEntryInstance(IfXEntryColumn.ifHCOutOctets, LO),
    ]);
    const after = await poll();
    expect(typeof lo(before).inOctets).toBe('bigint');
    expect(typeof lo(before).outOctets).toBe('bigint');
    // Counters move with any loopback traffic, so the exact comparison is an ordering.
    expectBetween(BigInt(inOctets!), lo(before).inOctets, lo(after).inOctets);
    expectBetween(BigInt(outOctets!), lo(before).outOctets, lo(after).outOctets);
  });

  it('when traffic crosses lo between two polls, then counters grow by it and the rate is plausible', async () => {
    const previous = await poll();
    await sendOverLoopback(TRAFFIC_OCTETS);
    const current = await pollUntil(
      (reading) => lo(reading).inOctets - lo(previous).inOctets >= BigInt(TRAFFIC_OCTETS),
    );
    // Every octet on lo is both sent and received, headers included.
    expect(lo(current).outOctets - lo(previous).outOctets >= BigInt(TRAFFIC_OCTETS))
      .withContext('ifHCOutOctets grew by the traffic sent')
      .toBeTrue();
    const outcome = computeInterfaceRate(asCounterReading(previous), asCounterReading(current), {
      // Not lo's nominal 10 Mbit/s: other processes on this host may use lo far faster.
      portSpeedMbps: null,
    });
    if (outcome.kind !== 'rate') {
      fail(`expected a rate, got ${JSON.stringify(outcome)}`);
      return;
    }
    const floorBps = (TRAFFIC_OCTETS * 8 * 1000) / outcome.intervalMs;
    expect(outcome.hasWrapped).toBeFalse();
    expect(outcome.inBps).toBeGreaterThanOrEqual(Math.floor(floorBps));
    expect(outcome.outBps).toBeGreaterThanOrEqual(Math.floor(floorBps));
    expect(outcome.inBps).toBeLessThan(100e9); // loopback on this 2-core host
  }, 30_000);

  it('when the community is wrong, then snmpd stays silent and the error never names it', async () => {
    const wrong = `${agent!.community}-wrong`;
    const error = await poll([LO], wrong).then(
      () => null,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(PollError);
    const message = (error as PollError).message;
    expect(message).toMatch(/SNMP timeout after 2 attempt\(s\)/);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(agent!.community);
  });

  it('when an ifIndex does not exist, then snmpd answers noSuchInstance and it is reported missing', async () => {
    const [printed] = await agent!.snmpget([
      ifXEntryInstance(IfXEntryColumn.ifHCInOctets, MISSING_IF_INDEX),
    ]);
    expect(printed).toMatch(/No Such Instance/);
    const reading = await poll([LO, MISSING_IF_INDEX]);
    expect(reading.missingIfIndexes).toEqual([MISSING_IF_INDEX]);
    expect([...reading.interfaces.keys()]).toEqual([LO]);
  });

  /** Polls until snmpd's interface cache has refreshed past the traffic just sent. */
  async function pollUntil(isFresh: (reading: NodeReading) => boolean): Promise<NodeReading> {
    const deadline = Date.now() + COUNTER_REFRESH_WITHIN_MS;
    for (;;) {
      const reading = await poll();
      if (isFresh(reading) || Date.now() > deadline) return reading;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
});

function expectBetween(value: bigint, low: bigint, high: bigint): void {
  expect(value >= low && value <= high)
    .withContext(`${value} within [${low}, ${high}]`)
    .toBeTrue();
}

function asCounterReading(reading: NodeReading) {
  const { inOctets, outOctets, readAtMs, counterBits } = reading.interfaces.get(LO)!;
  return { inOctets, outOctets, counterBits, readAtMs, sysUptimeTicks: reading.sysUptimeTicks };
}

/** Pushes `octets` through a TCP connection on 127.0.0.1 and waits until all arrived. */
async function sendOverLoopback(octets: number): Promise<void> {
  let received = 0;
  const server = createServer((socket) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= octets) socket.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await once(client, 'connect');
    client.end(Buffer.alloc(octets, 0x5a));
    await once(client, 'close');
  } finally {
    server.close();
  }
  expect(received).toBe(octets);
}
