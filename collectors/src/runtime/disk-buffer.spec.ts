import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskBuffer, fitsWithin } from './disk-buffer';

describe('DiskBuffer', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'collector-buffer-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('when batches are appended, then they come back oldest first and the counts follow', async () => {
    const buffer = new DiskBuffer(directory, 1_000_000);
    await buffer.open();
    await buffer.append('{"batch":1}', 10);
    await buffer.append('{"batch":2}', 20);
    expect(buffer.stats()).toEqual({ entries: 2, bytes: 22, samples: 30 });
    expect(await buffer.oldest()).toBe('{"batch":1}');
    await buffer.removeOldest();
    expect(await buffer.oldest()).toBe('{"batch":2}');
    await buffer.removeOldest();
    expect(buffer.isEmpty()).toBeTrue();
    expect(await buffer.oldest()).toBeNull();
    expect(await readdir(directory)).toEqual([]);
  });

  it('when a batch would pass the bound, then it is refused and what is stored stays', async () => {
    const buffer = new DiskBuffer(directory, 25);
    await buffer.open();
    expect(await buffer.append('x'.repeat(20), 5)).toBeTrue();
    expect(await buffer.append('y'.repeat(6), 7)).toBeFalse();
    expect(await buffer.append('z'.repeat(5), 1)).toBeTrue();
    expect(buffer.stats()).toEqual({ entries: 2, bytes: 25, samples: 6 });
    expect(await buffer.oldest()).toBe('x'.repeat(20));
  });

  it('when the collector restarts, then the entries left on disk resume in order after the old ones', async () => {
    const first = new DiskBuffer(directory, 1_000);
    await first.open();
    for (let batch = 1; batch <= 11; batch += 1) await first.append(`b${batch}`, batch);
    await writeFile(join(directory, '.000000000099-1.json.tmp'), 'half a batch');
    const second = new DiskBuffer(directory, 1_000);
    expect(await second.open()).toEqual({ entries: 11, bytes: 24, samples: 66 });
    await second.append('b12', 12);
    const order: string[] = [];
    while (!second.isEmpty()) {
      order.push((await second.oldest()) as string);
      await second.removeOldest();
    }
    expect(order).toEqual(Array.from({ length: 12 }, (_, index) => `b${index + 1}`));
  });

  it('when the bound is checked, then equal to the budget still fits', () => {
    expect(fitsWithin(90, 10, 100)).toBeTrue();
    expect(fitsWithin(90, 11, 100)).toBeFalse();
  });
});
