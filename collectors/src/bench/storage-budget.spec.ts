import { DEFAULT_TRAFFIC_RETENTION } from '@extranet/database';
import {
  FULL_DEPTH_INTERFACES,
  interfaceFootprint,
  provinceFootprintBytes,
  rowsHeld,
  rowsPerDay,
} from './storage-budget';

describe('storage budget arithmetic', () => {
  const retention = DEFAULT_TRAFFIC_RETENTION; // raw 7, 5m 35, 1h 100, 1d 1830 days

  it('when an interface is polled every minute or five, then raw rows per day follow', () => {
    expect(rowsPerDay('raw', 60)).toBe(1440);
    expect(rowsPerDay('raw', 300)).toBe(288);
    expect(rowsPerDay('5m', 60)).toBe(288);
    expect(rowsPerDay('1h', 300)).toBe(24);
    expect(rowsPerDay('1d', 300)).toBe(1);
  });

  it('when a year has passed, then each resolution holds its retention, days only a year', () => {
    expect(rowsHeld('raw', 300, retention, 365)).toBe(288 * 7);
    expect(rowsHeld('5m', 300, retention, 365)).toBe(288 * 35);
    expect(rowsHeld('1h', 300, retention, 365)).toBe(24 * 100);
    expect(rowsHeld('1d', 300, retention, 365)).toBe(365);
  });

  it('when bytes per row are known, then the footprint is rows times bytes, summed', () => {
    const footprint = interfaceFootprint(
      { raw: 10, '5m': 1, '1h': 1, '1d': 1 },
      retention,
      300,
      365,
    );
    expect(footprint.bytes.raw).toBe(20_160);
    expect(footprint.totalBytes).toBe(20_160 + 10_080 + 2_400 + 365);
  });

  it('when the province is counted, then both poll classes add up to 57,380 interfaces', () => {
    expect(FULL_DEPTH_INTERFACES.reduce((sum, group) => sum + group.interfaces, 0)).toBe(57_380);
    const perRow = { raw: 1, '5m': 0, '1h': 0, '1d': 0 };
    expect(provinceFootprintBytes(perRow, retention, 365)).toBe(
      3_266 * 1440 * 7 + 54_114 * 288 * 7,
    );
  });
});
