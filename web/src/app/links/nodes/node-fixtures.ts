/** Specs only: API-shaped nodes (docs/CONTRACTS.md, discovery), built per test. */
import type { NodeDetail, NodeInterface, NodeSummary } from './nodes-api.types';

export function aNode(overrides: Partial<NodeSummary> = {}): NodeSummary {
  return {
    id: 7,
    unit: { code: '4213', name: '随州市', level: 'city' },
    hostname: 'HB-4213-R01',
    vendor: 'H3C',
    mgmtAddress: '127.20.0.7',
    snmpPort: 161,
    snmpVersion: '2c',
    isPolled: true,
    lastPolledAt: '2026-11-23T07:00:00.000Z',
    lastPollError: null,
    reachability: 'reachable',
    consecutiveFailures: 0,
    unreachableSince: null,
    textEncoding: 'auto',
    sysName: 'HB-4213-R01',
    sysDescr: 'H3C Comware Platform Software\r\nH3C SR6608-X',
    sysObjectId: '1.3.6.1.4.1.25506.1.1652',
    hexTextFields: [],
    discovery: {
      status: 'complete',
      requestedAt: null,
      reason: 'daily',
      startedAt: '2026-11-23T02:41:00.000Z',
      finishedAt: '2026-11-23T02:41:02.000Z',
      error: null,
      summary: { found: 7, added: 0, renumbered: 0, absent: 0, removed: 0 },
    },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function anInterface(overrides: Partial<NodeInterface> = {}): NodeInterface {
  return {
    id: 101,
    ifIndex: 1,
    ifName: 'Ten-GigabitEthernet1/0/1',
    ifAlias: '上联-湖北省-电信-10G-HB-DX-4213-1',
    ifDescr: 'Ten-GigabitEthernet1/0/1 Interface',
    ifType: 6,
    physAddress: '3c:8c:40:00:07:01',
    speedMbps: 10_000,
    operStatus: 1,
    adminStatus: 1,
    hexTextFields: [],
    isPresent: true,
    absentSince: null,
    lastDiscoveredAt: '2026-11-23T02:41:02.000Z',
    member: {
      id: 11,
      uplinkId: 3,
      memberIndex: 1,
      carrier: '中国电信',
      circuitRef: 'HB-DX-4213-1',
    },
    lastSkip: null,
    ...overrides,
  };
}

export function aNodeDetail(overrides: Partial<NodeDetail> = {}): NodeDetail {
  return {
    ...aNode(),
    interfaces: [
      anInterface(),
      anInterface({
        id: 105,
        ifIndex: null,
        ifName: 'GigabitEthernet1/0/9',
        ifAlias: 'ff8120',
        hexTextFields: ['ifAlias'],
        isPresent: false,
        absentSince: '2026-11-22T00:00:00.000Z',
        member: null,
        lastSkip: { reason: 'interface_renumbered', at: '2026-11-22T00:00:00.000Z' },
      }),
    ],
    ...overrides,
  };
}
