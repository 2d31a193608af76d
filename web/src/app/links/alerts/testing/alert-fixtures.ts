import type { AlertCounts, AlertDetail, AlertSummary } from '../alerts-api.types';

export function anAlert(overrides: Partial<AlertSummary> = {}): AlertSummary {
  return {
    id: 1,
    kind: 'uplink_down',
    severity: 'critical',
    status: 'open',
    isFlapping: false,
    subject: { type: 'uplink', id: '17' },
    unit: { code: '421303', name: '曾都区', level: 'county' },
    summary: '曾都区→随州市 上联中断：全部成员中断',
    details: {},
    conditionSince: '2026-11-23T07:58:00.000Z',
    raisedAt: '2026-11-23T07:59:00.000Z',
    clearedAt: null,
    acknowledgement: null,
    ...overrides,
  };
}

export function anAlertDetail(overrides: Partial<AlertDetail> = {}): AlertDetail {
  return {
    ...anAlert(overrides),
    events: [
      {
        id: 1,
        occurredAt: '2026-11-23T07:59:00.000Z',
        type: 'raised',
        username: null,
        comment: null,
        details: null,
      },
    ],
    ...overrides,
  };
}

export function someCounts(overrides: Partial<AlertCounts> = {}): AlertCounts {
  return {
    open: 3,
    unacknowledged: 2,
    bySeverity: { critical: 1, major: 2, minor: 0, warning: 0 },
    unacknowledgedBySeverity: { critical: 1, major: 1, minor: 0, warning: 0 },
    latestRaisedAt: '2026-11-23T07:59:00.000Z',
    ...overrides,
  };
}
