import type { TrafficRange } from './links-api.types';

/**
 * How often an open page re-reads live data (the uplink list page, the uplink page in its 1 h
 * range). The collector polls every 60 s by default, so 30 s shows each cycle within half a
 * cycle without loading the API for nothing.
 */
export const LIVE_REFRESH_INTERVAL_MS = 30_000;

/** Only the last hour of traffic is redrawn live; a 24 h or 7 d window barely moves in 30 s. */
export const LIVE_TRAFFIC_RANGE: TrafficRange = '1h';
