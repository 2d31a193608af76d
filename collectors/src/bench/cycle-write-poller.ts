import { QueryTypes, type Sequelize } from 'sequelize';
import type { NodeReading, PollTarget, UplinkPoller } from '../links/snmp-uplink-poller';

/**
 * Counters start far above 2^53 so every cycle exercises the exact BigInt path, as the
 * simulator's do.
 */
const COUNTER_ORIGIN = 2n ** 60n;
/** A fixed boot time: the uptime keeps growing across bench runs, so no run reads a reboot. */
const BOOT_EPOCH_MS = Date.UTC(2026, 0, 1);

/**
 * A poller that answers at once, like a healthy simulated node: every asked interface up, its
 * stored port speed, and counters that grow at a steady per-interface rate from a fixed origin.
 * It takes SNMP and the agents out of the cycle, so what remains is the collector's own work:
 * assessment, SQL building and the database writes.
 */
export class SteadyCounterPoller implements UplinkPoller {
  private constructor(private readonly speedsByNode: Map<number, Map<number, number>>) {}

  /** Reads each interface's stored speed, so the poll reports no status or speed change. */
  static async load(sequelize: Sequelize): Promise<SteadyCounterPoller> {
    const rows = await sequelize.query<{ nodeId: number; ifIndex: number; speed: number | null }>(
      'SELECT node_id AS nodeId, if_index AS ifIndex, speed_mbps AS speed FROM interfaces',
      { type: QueryTypes.SELECT },
    );
    const speedsByNode = new Map<number, Map<number, number>>();
    for (const row of rows) {
      const speeds = speedsByNode.get(Number(row.nodeId)) ?? new Map<number, number>();
      speeds.set(Number(row.ifIndex), Number(row.speed ?? 0));
      speedsByNode.set(Number(row.nodeId), speeds);
    }
    return new SteadyCounterPoller(speedsByNode);
  }

  async pollNode(target: PollTarget): Promise<NodeReading> {
    // Yield like a socket answer would, so the cycle's batching and writes interleave.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const readAtMs = Date.now();
    const speeds = this.speedsByNode.get(target.nodeId);
    const interfaces: NodeReading['interfaces'] = new Map();
    for (const ifIndex of target.ifIndexes) {
      const speedMbps = speeds?.get(ifIndex) ?? 1_000;
      // 1 to 5 % of 100 Mbit/s: below every tier's contract, so no uplink reads congested.
      const bitsPerSecond = BigInt(
        1_000_000 + ((target.nodeId * 7 + ifIndex * 13) % 4) * 1_000_000,
      );
      const octets = (bitsPerSecond * BigInt(readAtMs)) / 8_000n;
      interfaces.set(ifIndex, {
        ifIndex,
        inOctets: COUNTER_ORIGIN + octets,
        outOctets: COUNTER_ORIGIN + octets / 2n,
        counterBits: 64,
        discontinuityTicks: null,
        operStatus: 1,
        adminStatus: 1,
        highSpeedMbps: speedMbps,
        readAtMs,
      });
    }
    return {
      sysUptimeTicks: Math.floor((readAtMs - BOOT_EPOCH_MS) / 10),
      engineTimeSeconds: null,
      readAtMs,
      interfaces,
      missingIfIndexes: [],
      renumbered: [],
    };
  }

  close(): void {}
}
