import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { StartupError, listenFailure } from './startup-errors';

/** Answers while the database is being prepared, so the port is claimed before slow work. */
const startingHandler: RequestListener = (req, res) => {
  const isApi = (req.url ?? '').startsWith('/api');
  res.statusCode = 503;
  res.setHeader('Retry-After', '5');
  res.setHeader('Cache-Control', 'no-store');
  if (isApi) {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ status: 'starting', database: 'starting' }));
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('控制台正在启动… The console is starting; reload in a few seconds.\n');
  }
};

/**
 * The HTTP server of the console. It listens first (a busy port fails in a second, not after a
 * long seed) with a 503 placeholder, and serves the real application once it is ready.
 */
export class ConsoleServer {
  private handler: RequestListener = startingHandler;
  readonly server: Server = createServer((req, res) => this.handler(req, res));

  async listen(host: string, port: number): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(listenFailure(error, host, port));
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
    return this.server.address() as AddressInfo;
  }

  serve(handler: RequestListener): void {
    this.handler = handler;
  }

  /** Stops accepting, lets requests in flight finish, then drops idle keep-alive sockets. */
  async close(graceMs = 5_000): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const forced = setTimeout(() => this.server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(forced);
  }
}

/**
 * Fails early, with the variable to change, when a port a child will need is taken (typically
 * by a console already running), instead of letting the child die with a bind error.
 */
export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  const probe = createTcpServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `port ${port} (${variable}) is in use, probably by another console or simulator; stop it or set ${variable}=…`,
          ),
        );
      } else reject(error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
