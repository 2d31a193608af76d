import { readCollectorConfig } from '../collector-config';
import { benchCollectorEnvironment } from './cycle-runner';

describe('benchCollectorEnvironment', () => {
  it('when the collector reads it, then every level is in one group polled all at once', () => {
    const config = readCollectorConfig(
      benchCollectorEnvironment(
        { POLL_SPREAD: '0.5', POLL_CONCURRENCY: '300' },
        'snmpd ×8',
        '/tmp/b',
      ),
    );
    expect(config.pollGroups.length).toBe(1);
    expect(config.pollGroups[0].levels).toEqual(
      jasmine.arrayWithExactContents([
        'province',
        'city',
        'county',
        'township',
        'village',
        'department',
      ]),
    );
    expect(config.pollSpread).toBe(0);
    expect(config.pollConcurrency).toBe(300);
    expect(config.collectorId).toBe('bench-snmpd-8');
    expect(config.bufferDir).toBe('/tmp/b');
    expect(config.metrics).toBeNull();
  });
});
