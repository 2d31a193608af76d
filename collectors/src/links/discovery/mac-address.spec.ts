import { formatMacAddress } from './mac-address';

describe('formatMacAddress', () => {
  it('when six octets are given, then lowercase colon hex with leading zeros', () => {
    expect(formatMacAddress(Buffer.from([0x00, 0xe0, 0xfc, 0x0a, 0xbc, 0x01]))).toBe(
      '00:e0:fc:0a:bc:01',
    );
  });

  it('when the address is empty (loopback), then null', () => {
    expect(formatMacAddress(Buffer.alloc(0))).toBeNull();
  });

  it('when the address has another length, then it is still formatted', () => {
    expect(formatMacAddress(Buffer.from([0xff, 0x01]))).toBe('ff:01');
  });
});
