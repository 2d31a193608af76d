/** Specs only: API-shaped sample objects (docs/CONTRACTS.md), built per test so none is shared. */
import type {
  ProvinceOverview,
  StateCounts,
  UnitDetail,
  UplinkDetail,
  UplinkPage,
  UplinkSummary,
} from '../links-api.types';

export function stateCounts(counts: Partial<StateCounts> = {}): StateCounts {
  return {
    compliant: 0,
    redundancy_lost: 0,
    under_provisioned: 0,
    congested: 0,
    down: 0,
    unknown: 0,
    ...counts,
  };
}

export function anUplink(overrides: Partial<UplinkSummary> = {}): UplinkSummary {
  return {
    id: 1,
    child: { code: '421303', name: '曾都区', level: 'county' },
    parent: { code: '4213', name: '随州市', level: 'city' },
    city: { code: '4213', name: '随州市' },
    tier: { id: 2, name: '双2G', membersRequired: 2, memberBandwidthMbps: 2000 },
    state: 'compliant',
    stateReason: null,
    stateChangedAt: '2026-11-20T08:00:00.000Z',
    evaluatedAt: '2026-11-20T09:00:00.000Z',
    membersUp: 2,
    membersTotal: 2,
    inBps: 850_000_000,
    outBps: 1_250_000_000,
    utilisation: 0.31,
    ...overrides,
  };
}

export function anUplinkPage(items: UplinkSummary[], total = items.length): UplinkPage {
  return { items, total, page: 1, pageSize: 25 };
}

export function anUplinkDetail(overrides: Partial<UplinkDetail> = {}): UplinkDetail {
  return {
    ...anUplink(),
    node: {
      id: 7,
      hostname: 'suizhou-zengdu-r1',
      vendor: 'huawei',
      mgmtAddress: '127.20.0.7',
      snmpPort: 16161,
      lastPolledAt: '2026-11-20T09:00:00.000Z',
      lastPollError: null,
    },
    members: [
      {
        id: 11,
        memberIndex: 1,
        carrier: '中国电信',
        circuitRef: 'HB2301',
        contractedMbps: 2000,
        inBps: 400_000_000,
        outBps: 600_000_000,
        operStatus: 1,
        sampledAt: '2026-11-20T09:00:00.000Z',
        interface: {
          id: 101,
          ifIndex: 1,
          ifName: 'XGigabitEthernet0/0/1',
          ifAlias: '上联-随州市-电信-2G-HB2301',
          speedMbps: 10_000,
          operStatus: 1,
          adminStatus: 1,
        },
      },
      {
        id: 12,
        memberIndex: 2,
        carrier: '中国联通',
        circuitRef: 'HB2302',
        contractedMbps: 2000,
        inBps: null,
        outBps: null,
        operStatus: 2,
        sampledAt: null,
        interface: {
          id: 102,
          ifIndex: 2,
          ifName: 'XGigabitEthernet0/0/2',
          ifAlias: null,
          speedMbps: 1000,
          operStatus: 2,
          adminStatus: 1,
        },
      },
    ],
    ...overrides,
  };
}

export function aProvinceOverview(): ProvinceOverview {
  return {
    generatedAt: '2026-11-20T09:00:00.000Z',
    lastPollAt: '2026-11-20T08:59:30.000Z',
    levels: [
      { level: 'county', total: 105, byState: stateCounts({ compliant: 100, down: 5 }) },
      { level: 'city', total: 17, byState: stateCounts({ compliant: 16, redundancy_lost: 1 }) },
    ],
    cities: [
      {
        code: '4213',
        name: '随州市',
        total: 60,
        byState: stateCounts({ compliant: 57, down: 3 }),
        compliantRatio: 0.95,
      },
      {
        code: '4201',
        name: '武汉市',
        total: 200,
        byState: stateCounts({ compliant: 200 }),
        compliantRatio: 1,
      },
    ],
  };
}

export function aUnit(overrides: Partial<UnitDetail> = {}): UnitDetail {
  return {
    code: '4213',
    name: '随州市',
    level: 'city',
    parentCode: '42',
    path: [
      { code: '42', name: '湖北省', level: 'province' },
      { code: '4213', name: '随州市', level: 'city' },
    ],
    uplink: anUplink({
      id: 5,
      child: { code: '4213', name: '随州市', level: 'city' },
      parent: { code: '42', name: '湖北省', level: 'province' },
    }),
    children: [
      {
        code: '421303',
        name: '曾都区',
        level: 'county',
        uplink: anUplink({ id: 1, state: 'redundancy_lost', stateReason: '成员 2 中断' }),
        subtree: { total: 21, byState: stateCounts({ compliant: 19, redundancy_lost: 2 }) },
      },
      {
        code: '421321',
        name: '随县',
        level: 'county',
        uplink: null,
        subtree: { total: 0, byState: stateCounts() },
      },
    ],
    ...overrides,
  };
}
