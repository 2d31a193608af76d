import { openDatabase, type Database } from '@extranet/database';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { ConnectionRefusedError, type Sequelize } from 'sequelize';

/** A connection of its own to the database under test, which a spec can cut and restore. */
export interface CuttableDatabase {
  database: Database;
  /** The database goes away for this connection only (the spec's own checks still work). */
  cut(): Promise<void>;
  restore(): Promise<void>;
}

/**
 * On MariaDB/MySQL the connection runs through a loopback TCP proxy: cutting closes the proxy
 * and its sockets, so the driver sees real resets and refused connections. SQLite has no
 * server to lose: its statements are made to fail as a refused connection does.
 */
export async function openCuttableDatabase(url: string): Promise<CuttableDatabase> {
  if (!url.startsWith('mysql:')) {
    const database = await openDatabase({ url });
    let restoreQueries: (() => void) | null = null;
    return {
      database,
      cut: async () => {
        restoreQueries = refuseStatements(database.sequelize);
      },
      restore: async () => {
        restoreQueries?.();
      },
    };
  }
  const target = new URL(url);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 3306));
  const port = await proxy.listen(0);
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const database = await openDatabase({ url: proxied.toString() });
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    await proxy.close();
  };
  return {
    database,
    cut: () => proxy.close(),
    restore: () => proxy.listen(port).then(() => undefined),
  };
}

class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  listen(port: number): Promise<number> {
    const server = createServer((client) => {
      const upstream = createConnection(this.port, this.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function refuseStatements(sequelize: Sequelize): () => void {
  const patched = sequelize as unknown as Record<'query' | 'transaction', unknown>;
  const { query, transaction } = patched;
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  patched.query = patched.transaction = () => Promise.reject(new ConnectionRefusedError(refused));
  return () => {
    patched.query = query;
    patched.transaction = transaction;
  };
}
