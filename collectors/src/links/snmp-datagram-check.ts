/**
 * A strict structural check of an SNMP v1/v2c response datagram, run before snmp-native
 * parses it. snmp-native trusts the lengths it reads: a datagram cut short still parses, with
 * value octets silently missing, so a truncated Counter64 would become a small wrong number and
 * a wrong sample. Here every TLV must fit its container exactly, every length is definite, and
 * every value has a length its type allows. Null means the datagram is sound.
 */
export interface DatagramVerdict {
  /** Why the datagram was refused; null when it is well formed. */
  problem: string | null;
  /** The request id, when it could be read (to tell a stray answer from a malformed one). */
  requestId: number | null;
}

const Tag = {
  Integer: 0x02,
  OctetString: 0x04,
  Null: 0x05,
  ObjectIdentifier: 0x06,
  Sequence: 0x30,
  IpAddress: 0x40,
  Counter32: 0x41,
  Gauge32: 0x42,
  TimeTicks: 0x43,
  Opaque: 0x44,
  Counter64: 0x46,
  NoSuchObject: 0x80,
  NoSuchInstance: 0x81,
  EndOfMibView: 0x82,
  GetResponse: 0xa2,
} as const;

/** Content lengths each value type may have (BER minimal two's complement for the numbers). */
const VALUE_LENGTHS: ReadonlyMap<number, [min: number, max: number]> = new Map([
  [Tag.Integer, [1, 5]],
  [Tag.OctetString, [0, 65_535]],
  [Tag.Null, [0, 0]],
  [Tag.ObjectIdentifier, [1, 256]],
  [Tag.IpAddress, [4, 4]],
  [Tag.Counter32, [1, 5]],
  [Tag.Gauge32, [1, 5]],
  [Tag.TimeTicks, [1, 5]],
  [Tag.Opaque, [0, 65_535]],
  [Tag.Counter64, [1, 9]],
  [Tag.NoSuchObject, [0, 0]],
  [Tag.NoSuchInstance, [0, 0]],
  [Tag.EndOfMibView, [0, 0]],
]);

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

class Malformed extends Error {}

export function checkSnmpResponse(datagram: Buffer): DatagramVerdict {
  let requestId: number | null = null;
  try {
    const message = readTlv(datagram, 0, datagram.length, 'message');
    expectTag(message, Tag.Sequence, 'message');
    if (message.end !== datagram.length) {
      throw new Malformed(`${datagram.length - message.end} octets after the message`);
    }
    let at = message.start;
    const version = readShortTlv(datagram, at, message.end, 'version', Tag.Integer);
    const community = readShortTlv(
      datagram,
      version.end,
      message.end,
      'community',
      Tag.OctetString,
    );
    const pdu = readTlv(datagram, community.end, message.end, 'PDU');
    expectTag(pdu, Tag.GetResponse, 'PDU');
    if (pdu.end !== message.end) throw new Malformed('octets after the PDU');
    at = pdu.start;
    const reqid = readShortTlv(datagram, at, pdu.end, 'request id', Tag.Integer);
    requestId = datagram.readIntBE(reqid.start, reqid.end - reqid.start);
    const errorStatus = readShortTlv(datagram, reqid.end, pdu.end, 'error status', Tag.Integer);
    const errorIndex = readShortTlv(datagram, errorStatus.end, pdu.end, 'error index', Tag.Integer);
    const list = readTlv(datagram, errorIndex.end, pdu.end, 'varbind list');
    expectTag(list, Tag.Sequence, 'varbind list');
    if (list.end !== pdu.end) throw new Malformed('octets after the varbind list');
    checkVarbinds(datagram, list);
    return { problem: null, requestId };
  } catch (error) {
    if (error instanceof Malformed) return { problem: error.message, requestId };
    throw error;
  }
}

function checkVarbinds(datagram: Buffer, list: Tlv): void {
  let at = list.start;
  let number = 0;
  while (at < list.end) {
    number += 1;
    const where = `varbind ${number}`;
    const varbind = readTlv(datagram, at, list.end, where);
    expectTag(varbind, Tag.Sequence, where);
    const name = readShortTlv(
      datagram,
      varbind.start,
      varbind.end,
      `${where} name`,
      Tag.ObjectIdentifier,
    );
    const value = readTlv(datagram, name.end, varbind.end, `${where} value`);
    if (value.end !== varbind.end) throw new Malformed(`${where}: octets after its value`);
    const allowed = VALUE_LENGTHS.get(value.tag);
    if (!allowed) {
      throw new Malformed(`${where}: unknown value type 0x${value.tag.toString(16)}`);
    }
    const length = value.end - value.start;
    if (length < allowed[0] || length > allowed[1]) {
      throw new Malformed(`${where}: type 0x${value.tag.toString(16)} with ${length} octets`);
    }
    at = varbind.end;
  }
}

/** snmp-native reads these header fields with one-octet lengths only; so must they be. */
function readShortTlv(buffer: Buffer, at: number, limit: number, what: string, tag: number): Tlv {
  if (at + 1 < limit && buffer[at + 1] >= 0x80) {
    throw new Malformed(`${what}: long-form length`);
  }
  const tlv = readTlv(buffer, at, limit, what);
  expectTag(tlv, tag, what);
  if (tlv.end === tlv.start && tag !== Tag.OctetString) throw new Malformed(`${what}: empty`);
  return tlv;
}

function readTlv(buffer: Buffer, at: number, limit: number, what: string): Tlv {
  if (at + 2 > limit) throw new Malformed(`truncated at ${what}`);
  const tag = buffer[at];
  const first = buffer[at + 1];
  let length = first;
  let start = at + 2;
  if (first === 0x80) throw new Malformed(`${what}: indefinite length`);
  if (first > 0x80) {
    const octets = first - 0x80;
    if (octets > 3) throw new Malformed(`${what}: length of ${octets} octets`);
    if (start + octets > limit) throw new Malformed(`truncated at ${what} length`);
    length = buffer.readUIntBE(start, octets);
    start += octets;
  }
  const end = start + length;
  if (end > limit) {
    throw new Malformed(`truncated at ${what}: ${length} octets announced, ${limit - start} left`);
  }
  return { tag, start, end };
}

function expectTag(tlv: Tlv, tag: number, what: string): void {
  if (tlv.tag !== tag) {
    throw new Malformed(`${what}: type 0x${tlv.tag.toString(16)}, expected 0x${tag.toString(16)}`);
  }
}
