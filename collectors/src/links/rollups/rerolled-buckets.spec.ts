import { selectBucketsToRoll } from './rerolled-buckets';

describe('selectBucketsToRoll', () => {
  const at = (iso: string) => Date.parse(iso);

  it('when new samples touch five-minute slots, then each bucket is rolled once per interface', () => {
    const selection = selectBucketsToRoll(
      [
        { interfaceId: 7, slotStartMs: at('2026-03-01T10:05:00Z') },
        { interfaceId: 3, slotStartMs: at('2026-03-01T10:05:00Z') },
        { interfaceId: 7, slotStartMs: at('2026-03-01T10:00:00Z') },
      ],
      '5m',
      0,
    );
    expect(selection.buckets).toEqual([
      { bucketStartMs: at('2026-03-01T10:00:00Z'), interfaceIds: [7] },
      { bucketStartMs: at('2026-03-01T10:05:00Z'), interfaceIds: [3, 7] },
    ]);
    expect(selection.skippedBeyondSource).toBe(0);
  });

  it('when a late sample lands in an old hour, then that hour is rolled again', () => {
    const selection = selectBucketsToRoll(
      [
        { interfaceId: 7, slotStartMs: at('2026-03-01T10:00:00Z') },
        { interfaceId: 7, slotStartMs: at('2026-03-01T06:00:00Z') },
      ],
      '1h',
      at('2026-02-25T00:00:00Z'),
    );
    expect(selection.buckets.map((bucket) => new Date(bucket.bucketStartMs).toISOString())).toEqual(
      ['2026-03-01T06:00:00.000Z', '2026-03-01T10:00:00.000Z'],
    );
  });

  it('when hourly slots are mapped to days, then Beijing days group them', () => {
    const selection = selectBucketsToRoll(
      [
        { interfaceId: 1, slotStartMs: at('2026-03-01T15:00:00Z') }, // 23:00 Beijing, 1 March
        { interfaceId: 1, slotStartMs: at('2026-03-01T16:00:00Z') }, // 00:00 Beijing, 2 March
        { interfaceId: 1, slotStartMs: at('2026-03-02T03:00:00Z') },
      ],
      '1d',
      0,
    );
    expect(selection.buckets.map((bucket) => new Date(bucket.bucketStartMs).toISOString())).toEqual(
      ['2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
    );
  });

  it('when a late sample falls where the source was already pruned, then it is skipped and counted', () => {
    const selection = selectBucketsToRoll(
      [
        { interfaceId: 1, slotStartMs: at('2026-02-01T10:00:00Z') },
        { interfaceId: 2, slotStartMs: at('2026-02-01T10:05:00Z') },
        { interfaceId: 1, slotStartMs: at('2026-03-01T10:00:00Z') },
      ],
      '5m',
      at('2026-02-22T10:00:00Z'),
    );
    expect(selection.buckets.length).toBe(1);
    expect(selection.skippedBeyondSource).toBe(2);
  });
});
