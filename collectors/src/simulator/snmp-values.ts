/** Encodings of SMI values that net-snmp leaves to the caller. */

const GAUGE32_MAX = 4_294_967_295;
const COUNTER32_MODULUS = 2n ** 32n;

/**
 * A Counter64 as the minimal big-endian content octets real agents send (net-snmp writes a
 * Buffer as is): leading zeros dropped, and a 0x00 added when the top bit is set so the value
 * cannot be read as negative.
 */
export function encodeCounter64(value: bigint): Buffer {
  if (value < 0n || value >= 2n ** 64n) {
    throw new RangeError(`Counter64 out of range: ${value}`);
  }
  let hex = value.toString(16);
  if (hex.length % 2 === 1) {
    hex = `0${hex}`;
  }
  const octets = Buffer.from(hex, 'hex');
  return octets[0] & 0x80 ? Buffer.concat([Buffer.from([0]), octets]) : octets;
}

/** ifInOctets / ifOutOctets: the low 32 bits of the 64-bit counter. */
export function toCounter32(value: bigint): number {
  return Number(value % COUNTER32_MODULUS);
}

/** ifSpeed saturates at its Gauge32 maximum; ifHighSpeed then carries the real speed (RFC 2863). */
export function ifSpeedGauge(speedMbps: number): number {
  return Math.min(GAUGE32_MAX, speedMbps * 1_000_000);
}
