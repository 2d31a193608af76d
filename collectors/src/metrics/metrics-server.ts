import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '@extranet/database';
import type { Registry } from 'prom-client';

export interface MetricsListen {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
}

export interface RunningMetricsServer {
  address: AddressInfo;
  close(): Promise<void>;
}

/** GET /metrics in Prometheus text format; nothing else is served. */
export async function startMetricsServer(
  registry: Registry,
  listen: MetricsListen,
): Promise<RunningMetricsServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) =>
        response
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`metrics unavailable: ${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  await listenOn(server, listen);
  return {
    address: server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function listenOn(server: Server, listen: MetricsListen): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${listen.host}:${listen.port}`;
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigurationError(
              `metrics port ${where} is already in use (another collector?); ` +
                'set COLLECTOR_METRICS_PORT to a free port, or COLLECTOR_METRICS_PORT=off',
            )
          : new ConfigurationError(
              `cannot serve metrics on ${where}: ${error.message}; check COLLECTOR_METRICS_HOST`,
            ),
      );
    });
    server.listen(listen.port, listen.host, () => resolve());
  });
}
