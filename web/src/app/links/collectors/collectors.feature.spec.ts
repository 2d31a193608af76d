import type { CollectorInstance } from './collectors-api';
import { CollectorsApiActions } from './collectors.actions';
import { collectorsFeature, initialCollectorsState } from './collectors.feature';

const collector = (id: string, overrides: Partial<CollectorInstance> = {}): CollectorInstance => ({
  id,
  hostname: 'noc-1',
  pid: 42,
  version: '0.1.0',
  startedAt: '2026-11-23T07:00:00Z',
  heartbeatAt: '2026-11-23T08:00:00Z',
  heartbeatAgeSeconds: 2,
  isStale: false,
  stoppedAt: null,
  isCoordinator: false,
  nodesAssigned: 800,
  partitionsHeld: 8,
  bufferedSamples: 0,
  droppedSamples: 0,
  pollGroups: [
    {
      name: '60s',
      intervalSeconds: 60,
      nodes: 800,
      skippedTicks: 0,
      lastCycle: {
        startedAt: '2026-11-23T08:00:00Z',
        durationMs: 1200,
        overrunMs: 0,
        isOverrun: false,
        nodesPolled: 800,
        nodesFailed: 0,
        samplesStored: 1600,
        buffered: false,
      },
    },
  ],
  ...overrides,
});

describe('collectors feature', () => {
  const load = (collectors: CollectorInstance[]) =>
    collectorsFeature.reducer(
      initialCollectorsState,
      CollectorsApiActions.statusLoaded({
        status: {
          generatedAt: '2026-11-23T08:00:02Z',
          staleAfterSeconds: 180,
          collectors,
          recentCycles: [],
          metrics: { url: 'http://127.0.0.1:16180/metrics' },
        },
      }),
    );

  it('when status loads, then one poll-group row per collector and group is listed', () => {
    const state = load([collector('a'), collector('b')]);
    const rows = collectorsFeature.selectPollGroupRows.projector(
      collectorsFeature.selectCollectors.projector(state),
    );
    expect(rows.map((row) => `${row.collectorId}:${row.name}`)).toEqual(['a:60s', 'b:60s']);
    expect(state.metricsUrl).toBe('http://127.0.0.1:16180/metrics');
  });

  it('when a collector is stale, then the page has trouble to show', () => {
    const healthy = collectorsFeature.selectCollectors.projector(load([collector('a')]));
    const stale = collectorsFeature.selectCollectors.projector(
      load([collector('a', { isStale: true })]),
    );
    expect(collectorsFeature.selectHasTrouble.projector(healthy)).toBeFalse();
    expect(collectorsFeature.selectHasTrouble.projector(stale)).toBeTrue();
  });
});
