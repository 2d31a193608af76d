import { ConfigurationError } from '@extranet/database';
import { readCollectorConfig } from './collector-config';

describe('the collector metrics settings', () => {
  it('when nothing is set, then metrics are served on loopback port 16180', () => {
    expect(readCollectorConfig({}).metrics).toEqual({ host: '127.0.0.1', port: 16180 });
  });

  it('when host and port are set, then they are used', () => {
    const config = readCollectorConfig({
      COLLECTOR_METRICS_HOST: '::1',
      COLLECTOR_METRICS_PORT: '19000',
    });
    expect(config.metrics).toEqual({ host: '::1', port: 19000 });
  });

  it('when COLLECTOR_METRICS_PORT is 0 or off, then no metrics server is started', () => {
    expect(readCollectorConfig({ COLLECTOR_METRICS_PORT: '0' }).metrics).toBeNull();
    expect(readCollectorConfig({ COLLECTOR_METRICS_PORT: 'OFF' }).metrics).toBeNull();
  });

  it('when a value is wrong, then start-up stops with the fix', () => {
    expect(() => readCollectorConfig({ COLLECTOR_METRICS_PORT: '70000' })).toThrowError(
      ConfigurationError,
      /COLLECTOR_METRICS_PORT="70000" must be an integer from 1 to 65535/,
    );
    expect(() => readCollectorConfig({ COLLECTOR_METRICS_HOST: 'metrics.example' })).toThrowError(
      ConfigurationError,
      /COLLECTOR_METRICS_HOST="metrics.example" must be an IP address/,
    );
  });
});

describe('the collector runtime settings', () => {
  it('when nothing is set, then two poll groups, half-interval spread, 3 failures, 16 partitions and a 30 s lease', () => {
    const config = readCollectorConfig({ EXTRANET_DATA_DIR: '/srv/extranet' });
    expect(config.pollCron).toBeNull();
    expect(config.pollGroups.map((group) => group.name)).toEqual(['60s', '300s']);
    expect(config.pollSpread).toBe(0.5);
    expect(config.unreachableAfter).toBe(3);
    expect(config.congestionWindowMinutes).toBe(15);
    expect(config.partitions).toBe(16);
    expect(config.leaseSeconds).toBe(30);
    expect(config.bufferDir).toBe('/srv/extranet/collector-buffer');
    expect(config.bufferMaxBytes).toBe(512 * 1024 * 1024);
    expect(config.collectorId).toMatch(/-\d+$/);
  });

  it('when POLL_CRON is set, then it overrides every interval and the lease follows its period', () => {
    const config = readCollectorConfig({ POLL_CRON: '*/10 * * * * *' });
    expect(config.pollGroups.map((group) => [group.name, group.intervalSeconds])).toEqual([
      ['cron', 10],
    ]);
    expect(config.leaseSeconds).toBe(5);
  });

  it('when the runtime values are set, then they are used', () => {
    const config = readCollectorConfig({
      POLL_INTERVALS: 'village:600',
      POLL_SPREAD: '0',
      POLL_UNREACHABLE_AFTER: '5',
      CONGESTION_WINDOW_MINUTES: '30',
      COLLECTOR_ID: 'collector-wuhan-1',
      COLLECTOR_PARTITIONS: '32',
      COLLECTOR_LEASE_SECONDS: '20',
      COLLECTOR_BUFFER_DIR: '/var/lib/extranet/buffer',
      COLLECTOR_BUFFER_MAX_MB: '64',
    });
    expect(config.pollGroups.map((group) => group.name)).toEqual(['60s', '600s']);
    expect(config).toEqual(
      jasmine.objectContaining({
        pollSpread: 0,
        unreachableAfter: 5,
        congestionWindowMinutes: 30,
        collectorId: 'collector-wuhan-1',
        partitions: 32,
        leaseSeconds: 20,
        bufferDir: '/var/lib/extranet/buffer',
        bufferMaxBytes: 64 * 1024 * 1024,
      }),
    );
  });

  it('when a runtime value is wrong, then start-up stops naming the variable and the fix', () => {
    const refused: [Record<string, string>, RegExp][] = [
      [{ POLL_CRON: 'every minute' }, /POLL_CRON="every minute" is not a cron expression/],
      [{ POLL_INTERVALS: 'village:7' }, /cannot be kept exactly/],
      [{ POLL_SPREAD: '1.5' }, /POLL_SPREAD="1.5" must be a number from 0 to 0.9/],
      [{ POLL_UNREACHABLE_AFTER: '0' }, /POLL_UNREACHABLE_AFTER="0" must be an integer/],
      [{ COLLECTOR_ID: 'a b' }, /COLLECTOR_ID="a b" must be 1–64/],
      [{ COLLECTOR_BUFFER_MAX_MB: 'lots' }, /COLLECTOR_BUFFER_MAX_MB="lots"/],
    ];
    for (const [env, message] of refused) {
      expect(() => readCollectorConfig(env)).toThrowError(ConfigurationError, message);
    }
  });
});
