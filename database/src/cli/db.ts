#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigurationError } from '../config/configuration-error';
import { DatabaseUnavailableError } from '../connection/database-unavailable-error';
import { openDatabase, type Database } from '../connection/open-database';
import { SealedSecretError, SecretBox } from '../crypto/secret-box';
import { resealNodeCommunities } from '../links/reseal-node-communities';
import { SEED_DEPTHS, type SeedDepth } from '../links/seed/extranet-plan';
import { seedExtranet } from '../links/seed/seed-extranet';
import { migrateDatabase } from '../migrations/migrator';

const USAGE = `Usage: node database/dist/cli/db.js <command>
  migrate                        apply pending migrations
  seed [--depth township|full]   migrate, then add Hubei's extranet (idempotent; default township)
       [--simulator-port N]      SNMP port of the seeded nodes (default 16161)
  reseal-secrets                 re-seal node communities under the current key (key rotation)
Environment: DATABASE_URL, EXTRANET_DATA_DIR, EXTRANET_SECRET_KEY or EXTRANET_SECRET_KEY_FILE,
             EXTRANET_SECRET_KEY_RETIRED`;

/** Wrong command line: the usage text follows the message. */
class UsageError extends Error {}

/** Parses its arguments (so a typo fails before connecting), then runs on the database. */
type Command = (args: string[]) => (database: Database) => Promise<string>;

const COMMANDS: Record<string, Command> = {
  migrate: (args) => {
    parseArgs({ args, options: {} });
    return async (database) => {
      const applied = await migrateDatabase(database.sequelize, { logger: console });
      return applied.length === 0
        ? `${database.config.description}: schema is current`
        : `${database.config.description}: applied ${applied.join(', ')}`;
    };
  },
  seed: (args) => {
    const { depth, simulatorPort } = parseSeedOptions(args);
    return async (database) => {
      const secretBox = SecretBox.fromEnvironment();
      await migrateDatabase(database.sequelize, { logger: console });
      const started = Date.now();
      const report = await seedExtranet(database.sequelize, { depth, secretBox, simulatorPort });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      return report.created
        ? `${database.config.description}: seeded ${depth} depth in ${seconds} s: ` +
            `${report.units} units, ${report.nodes} nodes, ${report.uplinks} uplinks, ` +
            `${report.members} members`
        : `${database.config.description}: already seeded to ${depth} depth, nothing added`;
    };
  },
  'reseal-secrets': (args) => {
    parseArgs({ args, options: {} });
    return async (database) => {
      const count = await resealNodeCommunities(database.sequelize, SecretBox.fromEnvironment());
      return `${database.config.description}: re-sealed ${count} node communities`;
    };
  },
};

function parseSeedOptions(args: string[]): { depth: SeedDepth; simulatorPort?: number } {
  const { values } = parseArgs({
    args,
    options: {
      depth: { type: 'string', default: 'township' },
      'simulator-port': { type: 'string' },
    },
  });
  const depth = values.depth as SeedDepth;
  if (!SEED_DEPTHS.includes(depth)) {
    throw new UsageError(`--depth must be ${SEED_DEPTHS.join(' or ')}, not "${values.depth}"`);
  }
  const portText = values['simulator-port'];
  const simulatorPort = portText === undefined ? undefined : Number(portText);
  if (
    simulatorPort !== undefined &&
    !(Number.isInteger(simulatorPort) && simulatorPort > 0 && simulatorPort < 65536)
  ) {
    throw new UsageError(`--simulator-port must be a port number 1-65535, not "${portText}"`);
  }
  return { depth, simulatorPort };
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || !Object.hasOwn(COMMANDS, name)) {
      throw new UsageError(name ? `Unknown command "${name}"` : 'No command');
    }
    const run = COMMANDS[name]!(args);
    const database = await openDatabase();
    try {
      console.log(await run(database));
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    const isExplained =
      error instanceof ConfigurationError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof SealedSecretError;
    // Expected failures are one line for the operator; anything else keeps its stack for a bug report.
    console.error(isExplained ? `error: ${error.message}` : error);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
