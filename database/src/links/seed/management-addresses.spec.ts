import { ManagementAddressAllocator } from './management-addresses';

function isInRange(address: string): boolean {
  const [a, b, , d] = address.split('.').map(Number) as [number, number, number, number];
  return a === 127 && b >= 20 && b <= 23 && d !== 0 && d !== 255;
}

describe('ManagementAddressAllocator', () => {
  it('when fresh, then it hands out 127.20.0.1 upward, skipping .0 and .255', () => {
    const allocator = new ManagementAddressAllocator([]);
    const addresses = Array.from({ length: 256 }, () => allocator.allocate());
    expect(addresses[0]).toBe('127.20.0.1');
    expect(addresses[253]).toBe('127.20.0.254');
    expect(addresses[254]).toBe('127.20.1.1');
    expect(addresses.every(isInRange)).toBeTrue();
  });

  it('when addresses are taken, then it skips them', () => {
    const allocator = new ManagementAddressAllocator(['127.20.0.1', '127.20.0.3']);
    expect([allocator.allocate(), allocator.allocate()]).toEqual(['127.20.0.2', '127.20.0.4']);
  });

  it('when the /14 is used up, then it throws instead of leaving the range', () => {
    const allocator = new ManagementAddressAllocator([]);
    const seen = new Set<string>();
    for (let count = 0; count < 1024 * 254; count++) seen.add(allocator.allocate());
    expect(seen.size).toBe(1024 * 254);
    expect(seen.has('127.23.255.254')).toBeTrue();
    expect([...seen].every(isInRange)).toBeTrue();
    expect(() => allocator.allocate()).toThrowError(RangeError, /127\.20\.0\.0\/14/);
  });
});
