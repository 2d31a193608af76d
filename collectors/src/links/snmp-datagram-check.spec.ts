import { checkSnmpResponse } from './snmp-datagram-check';

/** BER TLV with a definite length (short or long form). */
function tlv(tag: number, content: Buffer): Buffer {
  const length =
    content.length < 0x80
      ? Buffer.from([content.length])
      : Buffer.from([0x82, content.length >> 8, content.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
}
const int = (value: number) => tlv(0x02, Buffer.from([value]));
const oid = tlv(0x06, Buffer.from([0x2b, 6, 1, 2, 1, 1, 3, 0]));

function response(varbinds: Buffer[], options: { pduTag?: number; requestId?: number } = {}) {
  return tlv(
    0x30,
    Buffer.concat([
      int(1),
      tlv(0x04, Buffer.from('public')),
      tlv(
        options.pduTag ?? 0xa2,
        Buffer.concat([
          int(options.requestId ?? 42),
          int(0),
          int(0),
          tlv(0x30, Buffer.concat(varbinds)),
        ]),
      ),
    ]),
  );
}
const varbind = (value: Buffer) => tlv(0x30, Buffer.concat([oid, value]));

describe('checkSnmpResponse', () => {
  it('when the answer is well formed, then it passes with its request id', () => {
    const datagram = response([varbind(tlv(0x46, Buffer.from('0102030405060708', 'hex')))]);
    expect(checkSnmpResponse(datagram)).toEqual({ problem: null, requestId: 42 });
  });

  it('when the datagram is cut inside a Counter64, then it is refused as truncated', () => {
    const datagram = response([varbind(tlv(0x46, Buffer.from('0102030405060708', 'hex')))]);
    const verdict = checkSnmpResponse(datagram.subarray(0, datagram.length - 3));
    expect(verdict.problem).toMatch(/^truncated at message/);
  });

  it('when a Counter64 carries 12 octets, then it is refused', () => {
    const datagram = response([varbind(tlv(0x46, Buffer.alloc(12, 1)))]);
    expect(checkSnmpResponse(datagram).problem).toBe('varbind 1: type 0x46 with 12 octets');
  });

  it('when a value has an unknown type, then it is refused', () => {
    expect(checkSnmpResponse(response([varbind(tlv(0x47, Buffer.from([1])))])).problem).toBe(
      'varbind 1: unknown value type 0x47',
    );
  });

  it('when octets follow the message, or the PDU is not a response, then it is refused', () => {
    const good = response([varbind(tlv(0x43, Buffer.from([1])))]);
    expect(checkSnmpResponse(Buffer.concat([good, Buffer.from([0])])).problem).toBe(
      '1 octets after the message',
    );
    expect(checkSnmpResponse(response([], { pduTag: 0xa0 })).problem).toBe(
      'PDU: type 0xa0, expected 0xa2',
    );
  });

  it('when the datagram is garbage, then it is refused, not thrown', () => {
    for (const garbage of [
      Buffer.alloc(0),
      Buffer.from('hello world'),
      Buffer.from([0x30, 0x80]),
    ]) {
      expect(checkSnmpResponse(garbage).problem).toEqual(jasmine.any(String));
    }
  });

  it('when the varbind list is long (long-form lengths), then it still passes', () => {
    const many = Array.from({ length: 40 }, () => varbind(tlv(0x04, Buffer.alloc(20, 0x41))));
    expect(checkSnmpResponse(response(many)).problem).toBeNull();
  });
});
