import { toInterfaceView, toUplinkSummary, type UplinkSummaryRow } from './uplink-rows.mapping';
import { InterfaceSchema, UplinkSummarySchema } from './uplinks.schemas';

describe('toUplinkSummary', () => {
  const row: UplinkSummaryRow = {
    id: '7',
    state: 'redundancy_lost',
    stateReason: '成员2 中断',
    stateChangedAt: '2026-02-01 08:00:00.000 +00:00',
    evaluatedAt: new Date('2026-02-01T08:05:00Z'),
    inBps: '12000000000',
    outBps: 5,
    utilisation: '0.6',
    childCode: '421303',
    childName: '广水市',
    childLevel: 'county',
    parentCode: '4213',
    parentName: '随州市',
    parentLevel: 'city',
    cityCode: '4213',
    cityName: '随州市',
    tierId: 2,
    tierName: '双2G',
    membersRequired: '2',
    memberBandwidthMbps: 2000,
    membersTotal: 2,
    membersUp: '1',
  };

  it('when either driver shape is mapped, then the summary is typed and matches its schema', () => {
    const summary = toUplinkSummary(row);
    expect(UplinkSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.stateChangedAt).toBe('2026-02-01T08:00:00.000Z');
    expect(summary.inBps).toBe(12_000_000_000);
    expect(summary.membersUp).toBe(1);
    expect(summary.city).toEqual({ code: '4213', name: '随州市' });
  });

  it('when the unit has no city (a department), then city is null', () => {
    expect(toUplinkSummary({ ...row, cityCode: null, cityName: null }).city).toBeNull();
  });
});

describe('toInterfaceView', () => {
  const row = {
    interfaceId: '31',
    ifIndex: '2',
    ifName: 'XGigabitEthernet0/0/2',
    ifAlias: null,
    speedMbps: '10000',
    operStatus: 1,
    adminStatus: '1',
  };

  it('when the port is present, then its ifIndex is a number', () => {
    expect(InterfaceSchema.parse(toInterfaceView(row)).ifIndex).toBe(2);
  });

  it('when discovery parked an absent port on -id, then the ifIndex is null, not negative', () => {
    expect(InterfaceSchema.parse(toInterfaceView({ ...row, ifIndex: '-31' })).ifIndex).toBeNull();
  });
});
