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
