import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '@extranet/database';
import { CollectorMetrics } from './collector-metrics';
import { startMetricsServer, type RunningMetricsServer } from './metrics-server';

function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the metrics server', () => {
  const metrics = new CollectorMetrics({ includeProcessMetrics: false });
  let server: RunningMetricsServer;
  beforeEach(async () => {
    server = await startMetricsServer(metrics.registry, { host: '127.0.0.1', port: 0 });
  });
  afterEach(() => server.close());

  it('when /metrics is fetched over loopback, then the collector metrics come in text format', async () => {
    const answer = await get(server.address.port, '/metrics');
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(metrics.registry.contentType);
    expect(answer.body).toContain('# TYPE extranet_collector_polls_total counter');
    expect(answer.body).toContain('extranet_collector_snmp_request_seconds');
    expect(answer.body).toContain('extranet_collector_buffered_samples 0');
  });

  it('when another path is fetched, then the answer is 404', async () => {
    expect((await get(server.address.port, '/')).status).toBe(404);
    expect((await get(server.address.port, '/metricsx')).status).toBe(404);
  });

  it('when the port is taken, then start-up fails with one line naming the setting', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      await expectAsync(
        startMetricsServer(metrics.registry, { host: '127.0.0.1', port }),
      ).toBeRejectedWithError(ConfigurationError, /already in use.*COLLECTOR_METRICS_PORT/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
