/**
 * Just enough BER to craft SNMP v2c answers by hand: the simulator's fast GET path, and
 * the misbehaving test agent's deliberately wrong ones. Lengths are definite.
 */
export const BerTag = {
  Integer: 0x02,
  OctetString: 0x04,
  Null: 0x05,
  ObjectIdentifier: 0x06,
  Sequence: 0x30,
  Counter32: 0x41,
  Gauge32: 0x42,
  TimeTicks: 0x43,
  Counter64: 0x46,
  NoSuchObject: 0x80,
  NoSuchInstance: 0x81,
  EndOfMibView: 0x82,
  GetResponse: 0xa2,
} as const;

export function tlv(tag: number, content: Buffer): Buffer {
  let length: Buffer;
  if (content.length < 0x80) length = Buffer.from([content.length]);
  else if (content.length < 0x100) length = Buffer.from([0x81, content.length]);
  else length = Buffer.from([0x82, content.length >> 8, content.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

/** Minimal two's-complement content octets of a signed integer. */
export function signedOctets(value: number): Buffer {
  const octets: number[] = [];
  let rest = BigInt(value);
  for (;;) {
    octets.unshift(Number(rest & 0xffn));
    rest >>= 8n;
    const sign = octets[0] & 0x80;
    if ((rest === 0n && !sign) || (rest === -1n && sign)) break;
  }
  return Buffer.from(octets);
}

/** Content octets of an unsigned value (Counter, Gauge, TimeTicks, Counter64). */
export function unsignedOctets(value: bigint): Buffer {
  const hex = value.toString(16);
  const even = hex.length % 2 ? `0${hex}` : hex;
  const octets = Buffer.from(even, 'hex');
  return octets[0] & 0x80 ? Buffer.concat([Buffer.from([0]), octets]) : octets;
}

export function oidOctets(oid: readonly number[]): Buffer {
  const octets: number[] = [oid[0] * 40 + oid[1]];
  for (const arc of oid.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128)) {
      chunk.unshift((rest & 0x7f) | 0x80);
    }
    octets.push(...chunk);
  }
  return Buffer.from(octets);
}

export interface RawVarbind {
  oid: readonly number[];
  tag: number;
  content: Buffer;
}

export function responseMessage(options: {
  community: string;
  requestId: number;
  varbinds: readonly RawVarbind[];
  errorStatus?: number;
}): Buffer {
  const varbinds = options.varbinds.map((vb) =>
    tlv(
      BerTag.Sequence,
      Buffer.concat([tlv(BerTag.ObjectIdentifier, oidOctets(vb.oid)), tlv(vb.tag, vb.content)]),
    ),
  );
  return tlv(
    BerTag.Sequence,
    Buffer.concat([
      tlv(BerTag.Integer, signedOctets(1)),
      tlv(BerTag.OctetString, Buffer.from(options.community)),
      tlv(
        BerTag.GetResponse,
        Buffer.concat([
          tlv(BerTag.Integer, signedOctets(options.requestId)),
          tlv(BerTag.Integer, signedOctets(options.errorStatus ?? 0)),
          tlv(BerTag.Integer, signedOctets(0)),
          tlv(BerTag.Sequence, Buffer.concat(varbinds)),
        ]),
      ),
    ]),
  );
}
