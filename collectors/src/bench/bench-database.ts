import { readFile } from 'node:fs/promises';
import { QueryTypes, Sequelize } from 'sequelize';
import {
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  seedExtranet,
  type Database,
  type SecretBox,
  type SeedReport,
} from '@extranet/database';

/** Names the collector bench may drop everything in; `bench:storage` has its own. */
const OWN_DATABASE_NAME = /^(extranet_bench|[A-Za-z0-9_]*collector_bench[A-Za-z0-9_]*)$/i;

/**
 * The bench drops every table of the database it is given, so it insists on a database whose
 * name says it belongs to it (`extranet_bench`, or a name containing `collector_bench`): never
 * the console's, another engineer's, CI's `test`, or the storage bench's.
 */
export function benchDatabaseName(url: string): { dialect: 'mysql' | 'sqlite'; name: string } {
  if (/^sqlite:/i.test(url)) {
    const name = url.slice('sqlite:'.length);
    if (!/collector[-_]bench[^/]*$/i.test(name)) {
      throw new RangeError(
        `the bench's SQLite file name must contain "collector-bench" (got ${name})`,
      );
    }
    return { dialect: 'sqlite', name };
  }
  const parsed = new URL(url);
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new RangeError('BENCH_DATABASE_URL must be mysql://…, mariadb://… or sqlite:…');
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!OWN_DATABASE_NAME.test(name)) {
    throw new RangeError(
      'the bench drops every table of its database, so it must be extranet_bench or contain ' +
        `"collector_bench" (e.g. mysql://root@127.0.0.1:3306/extranet_bench), not "${name}"`,
    );
  }
  return { dialect: 'mysql', name };
}

/** Creates the MariaDB/MySQL database (utf8mb4, as the console requires) when it is missing. */
async function createMysqlDatabaseIfMissing(url: string, name: string): Promise<void> {
  const server = new URL(url);
  server.pathname = '/';
  const admin = new Sequelize(server.toString(), { dialect: 'mysql', logging: false });
  try {
    await admin.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await admin.close();
  }
}

/**
 * A fresh full-depth extranet in the bench database: every table dropped, migrated, seeded
 * down to the villages with every node's agent on `simulatorPort`.
 */
export async function prepareBenchDatabase(
  url: string,
  secretBox: SecretBox,
  simulatorPort: number,
): Promise<{ database: Database; seed: SeedReport }> {
  const { dialect, name } = benchDatabaseName(url);
  if (dialect === 'mysql') await createMysqlDatabaseIfMissing(url, name);
  const database = await openDatabase({ url });
  try {
    await resetDatabaseForTests(database.sequelize);
    await migrateDatabase(database.sequelize);
    const seed = await seedExtranet(database.sequelize, {
      depth: 'full',
      secretBox,
      simulatorPort,
    });
    return { database, seed };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Re-points every node at one of the given agents (node id modulo their number), with that
 * agent's community sealed as the collector expects it. Uplinks and members stay: ifIndex 1
 * and 2 exist on every Linux snmpd (here lo and ifb0). The interfaces take the names the
 * agents give those ports, as a discovery walk would record them, so the poller does not read
 * the new ports as renumbered ones.
 */
export async function pointNodesAtAgents(
  sequelize: Sequelize,
  agents: readonly { host: string; port: number; community: string }[],
  secretBox: SecretBox,
  ifNames: ReadonlyMap<number, string>,
): Promise<void> {
  await sequelize.transaction(async (transaction) => {
    for (const [ifIndex, ifName] of ifNames) {
      await sequelize.query('UPDATE interfaces SET if_name = :ifName WHERE if_index = :ifIndex', {
        replacements: { ifName, ifIndex },
        transaction,
      });
    }
    for (const [index, agent] of agents.entries()) {
      await sequelize.query(
        `UPDATE nodes SET mgmt_address = :host, snmp_port = :port,
                snmp_community_sealed = :sealed
          WHERE id % :count = :index`,
        {
          replacements: {
            host: agent.host,
            port: agent.port,
            sealed: secretBox.seal(agent.community),
            count: agents.length,
            index,
          },
          transaction,
        },
      );
    }
  });
}

/** Where every polled node's agent listens, as the peer and the bare GETs need it. */
export async function loadPolledTargets(
  sequelize: Sequelize,
): Promise<{ host: string; port: number }[]> {
  return sequelize.query<{ host: string; port: number }>(
    'SELECT mgmt_address AS host, snmp_port AS port FROM nodes WHERE is_polled = :isPolled ORDER BY id',
    { type: QueryTypes.SELECT, replacements: { isPolled: true } },
  );
}

/**
 * The MariaDB server's process id when it runs on this machine (its pid file is readable),
 * else null: its CPU time tells what storing a cycle costs the server. The server is shared,
 * so the figure includes whatever else it did meanwhile.
 */
export async function localDatabaseServerPid(sequelize: Sequelize): Promise<number | null> {
  if (sequelize.getDialect() !== 'mysql') return null;
  try {
    const [row] = await sequelize.query<{ pidFile: string }>('SELECT @@pid_file AS pidFile', {
      type: QueryTypes.SELECT,
    });
    const pid = Number((await readFile(row.pidFile, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
