/** Response shapes of the links API (docs/CONTRACTS.md). Rates are bit/s, times ISO-8601. */
import type { IfStatus, UnitLevel, UplinkState } from './links-choices';

export type StateCounts = Record<UplinkState, number>;

export interface UnitRef {
  code: string;
  name: string;
  level: UnitLevel;
}

export interface TierRef {
  id: number;
  name: string;
  membersRequired: number;
  memberBandwidthMbps: number;
}

export interface UplinkSummary {
  id: number;
  child: UnitRef;
  parent: UnitRef;
  city: { code: string; name: string } | null;
  tier: TierRef;
  state: UplinkState;
  stateReason: string | null;
  stateChangedAt: string | null;
  evaluatedAt: string | null;
  membersUp: number;
  membersTotal: number;
  inBps: number | null;
  outBps: number | null;
  utilisation: number | null;
}

export interface UplinkPage {
  items: UplinkSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UplinkNode {
  id: number;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  lastPolledAt: string | null;
  lastPollError: string | null;
}

export interface MemberInterface {
  id: number;
  /** null while the port is absent (discovery no longer finds it). */
  ifIndex: number | null;
  ifName: string | null;
  ifAlias: string | null;
  speedMbps: number | null;
  operStatus: IfStatus | null;
  adminStatus: IfStatus | null;
}

export interface UplinkMember {
  id: number;
  memberIndex: number;
  carrier: string | null;
  circuitRef: string | null;
  contractedMbps: number;
  inBps: number | null;
  outBps: number | null;
  operStatus: IfStatus | null;
  sampledAt: string | null;
  interface: MemberInterface | null;
}

export interface UplinkDetail extends UplinkSummary {
  node: UplinkNode | null;
  members: UplinkMember[];
}

export const TRAFFIC_RANGES = ['1h', '24h', '7d', '30d', '1y'] as const;
export type TrafficRange = (typeof TRAFFIC_RANGES)[number];

/** The data a chart is drawn from: raw samples, or 5-minute, hourly or daily roll-ups. */
export const TRAFFIC_RESOLUTIONS = ['raw', '5m', '1h', '1d'] as const;
export type TrafficResolution = (typeof TRAFFIC_RESOLUTIONS)[number];
/** What the user may ask for: the server's automatic choice, or one resolution. */
export const TRAFFIC_RESOLUTION_CHOICES = ['auto', ...TRAFFIC_RESOLUTIONS] as const;
export type TrafficResolutionChoice = (typeof TRAFFIC_RESOLUTION_CHOICES)[number];

/**
 * One bucket: [epoch ms, in avg, out avg, in max, out max, in p95, out p95, coverage], rates in
 * bit/s. p95 is null where the point is not one roll-up bucket (raw data). coverage is the
 * measured time over the step (above 1 when a long poll interval ends in the bucket).
 * Buckets without samples are absent.
 */
export type TrafficPoint = [
  number,
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  number,
];

export interface TrafficSeries {
  memberId: number;
  memberIndex: number;
  carrier: string | null;
  contractedMbps: number;
  points: TrafficPoint[];
}

export interface UplinkTraffic {
  from: string;
  to: string;
  stepSeconds: number;
  resolution: TrafficResolution;
  /** Resolutions that could serve this range (retention and point limit). */
  servableResolutions: TrafficResolution[];
  series: TrafficSeries[];
}

export interface LevelOverview {
  level: UnitLevel;
  total: number;
  byState: StateCounts;
}

export interface CityOverview {
  code: string;
  name: string;
  total: number;
  byState: StateCounts;
  compliantRatio: number | null;
}

export interface ProvinceOverview {
  generatedAt: string;
  lastPollAt: string | null;
  levels: LevelOverview[];
  cities: CityOverview[];
}

export interface UnitChild extends UnitRef {
  uplink: UplinkSummary | null;
  subtree: { total: number; byState: StateCounts };
}

export interface UnitDetail extends UnitRef {
  parentCode: string | null;
  path: UnitRef[];
  uplink: UplinkSummary | null;
  children: UnitChild[];
}
