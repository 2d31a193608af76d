import {
  SecretBox,
  loadAuditChainKey,
  migrateDatabase,
  openDatabase,
  resetDatabaseForTests,
  seedExtranet,
  type Database,
  type SeedReport,
} from '@extranet/database';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryTypes } from 'sequelize';
import { AuditTrail } from '../audit/audit-trail';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { createApp, type ConsoleApp } from '../platform/app';
import { createLogger } from '../platform/logger';
import { TestClock } from './test-clock';

/**
 * One seeded database and app per integration run (seeding takes seconds on MariaDB). The
 * database is DATABASE_URL, or a temporary SQLite file when it is unset; it is emptied first
 * and its tables dropped at the end. Specs that change rows restore them or use their own.
 * Every /api route but a few needs a signed-in account: see signed-in-agent.ts.
 */
export interface TestConsole extends ConsoleApp {
  database: Database;
  secretBox: SecretBox;
  seed: SeedReport;
  webRoot: string;
  dataDir: string;
  clock: TestClock;
  throttle: SignInThrottle;
  auditTrail: AuditTrail;
  sessionSecret: string;
  /** Raw SELECT helper for assertions against the database itself. */
  select<T extends object>(sql: string, replacements?: Record<string, unknown>): Promise<T[]>;
  count(sql: string, replacements?: Record<string, unknown>): Promise<number>;
}

let shared: Promise<TestConsole> | undefined;
let tempDir: string | undefined;

async function start(): Promise<TestConsole> {
  process.env['EXTRANET_SECRET_KEY'] ??= SecretBox.generateKey();
  tempDir = mkdtempSync(path.join(tmpdir(), 'extranet-api-it-'));
  const url = process.env['DATABASE_URL'] || `sqlite:${path.join(tempDir, 'it.sqlite')}`;
  const database = await openDatabase({ url });
  await resetDatabaseForTests(database.sequelize);
  await migrateDatabase(database.sequelize);
  const secretBox = SecretBox.fromEnvironment({ dataDir: tempDir });
  const seed = await seedExtranet(database.sequelize, { depth: 'township', secretBox });
  // A web root without a build: the console's static part answers with its "not built" page.
  const webRoot = path.join(tempDir, 'web-missing');
  const clock = new TestClock();
  const throttle = new SignInThrottle();
  const auditTrail = new AuditTrail(
    database.sequelize,
    loadAuditChainKey({ dataDir: tempDir, env: {} }),
  );
  const sessionSecret = randomBytes(32).toString('base64');
  const app = createApp({
    sequelize: database.sequelize,
    sealer: secretBox,
    logger: createLogger({ level: 'silent' }),
    auditTrail,
    sessionSecret,
    webRoot,
    clock: clock.now,
    signInThrottle: throttle,
  });
  const select = <T extends object>(sql: string, replacements: Record<string, unknown> = {}) =>
    database.sequelize.query<T>(sql, { type: QueryTypes.SELECT, replacements });
  const count = async (sql: string, replacements: Record<string, unknown> = {}) => {
    const [row] = await select<{ n: unknown }>(sql, replacements);
    return Number(row?.n ?? 0);
  };
  return {
    ...app,
    database,
    secretBox,
    seed,
    webRoot,
    dataDir: tempDir,
    clock,
    throttle,
    auditTrail,
    sessionSecret,
    select,
    count,
  };
}

export function testConsole(): Promise<TestConsole> {
  shared ??= start();
  return shared;
}

afterAll(async () => {
  if (!shared) return;
  const t = await shared;
  t.close();
  await resetDatabaseForTests(t.database.sequelize);
  await t.database.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  shared = undefined;
});
