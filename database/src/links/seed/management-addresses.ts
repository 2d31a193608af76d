/**
 * Hands out management addresses for seeded nodes from 127.20.0.0/14 (127.20.0.0 -
 * 127.23.255.255): loopback, so the simulator can answer each node on its own address on this
 * machine, and never 127.0.0.1. Host parts .0 and .255 are skipped to look like real /24
 * plans; that leaves 1,024 × 254 = 260,096 addresses, well above the ~28,700 nodes of Hubei.
 */
export const MANAGEMENT_RANGE = {
  first: '127.20.0.1',
  last: '127.23.255.254',
  prefix: '127.20.0.0/14',
};

const BASE = (127 << 24) | (20 << 16);
const BLOCKS_OF_256 = 1 << 10;

export class ManagementAddressAllocator {
  private next = 0;
  private readonly taken: ReadonlySet<string>;

  /** `taken`: addresses already in use (by earlier seeds or nodes added by hand). */
  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }

  /** The lowest free address of the range, in order, so a fresh seed is reproducible. */
  allocate(): string {
    while (this.next < BLOCKS_OF_256 * 254) {
      const slot = this.next++;
      const value = BASE + Math.floor(slot / 254) * 256 + (slot % 254) + 1;
      const address = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(
        '.',
      );
      if (!this.taken.has(address)) return address;
    }
    throw new RangeError(`No free management address left in ${MANAGEMENT_RANGE.prefix}`);
  }
}
