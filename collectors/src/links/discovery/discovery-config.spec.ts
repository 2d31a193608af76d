import { ConfigurationError } from '@extranet/database';
import { DEFAULT_DISCOVERY_CONFIG, readDiscoveryConfig } from './discovery-config';

describe('readDiscoveryConfig', () => {
  it('when nothing is set, then the defaults apply', () => {
    expect(readDiscoveryConfig({})).toEqual(DEFAULT_DISCOVERY_CONFIG);
  });

  it('when bounds are set, then they are read', () => {
    const config = readDiscoveryConfig({
      DISCOVERY_MAX_INTERFACES: '100',
      DISCOVERY_WALK_TIMEOUT_MS: '5000',
      DISCOVERY_CRON: '0 4 * * *',
    });
    expect(config.maxInterfaces).toBe(100);
    expect(config.walkTimeoutMs).toBe(5_000);
    expect(config.dailyCron).toBe('0 4 * * *');
  });

  it('when a bound is not a whole number in range, then the collector refuses to start', () => {
    expect(() => readDiscoveryConfig({ DISCOVERY_MAX_INTERFACES: '0' })).toThrowError(
      ConfigurationError,
      /DISCOVERY_MAX_INTERFACES=0/,
    );
    expect(() => readDiscoveryConfig({ DISCOVERY_CONCURRENCY: 'many' })).toThrowError(
      ConfigurationError,
    );
  });
});
