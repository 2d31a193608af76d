import { SecretBox, type Database } from '@extranet/database';
import path from 'node:path';
import type { Logger } from 'pino';
import { AuditTrail } from '../audit/audit-trail';
import { createApp } from '../platform/app';
import { DEFAULT_WEB_ROOT, REPO_ROOT, isConsoleBuilt } from '../platform/console-static';
import { createLogger } from '../platform/logger';
import { ChildProcesses } from './child-processes';
import { ConsoleServer, assertPortFree } from './console-server';
import { INITIAL_PASSWORD_VARIABLE, ensureFirstSystemAdmin } from './first-system-admin';
import { consoleUrl, readLauncherConfig, type LauncherConfig } from './launcher-config';
import { prepareDatabase } from './prepare-database';
import { loadSessionSecret } from './session-secret';
import { describeStartupFailure } from './startup-errors';

const SIMULATOR_SCRIPT = path.join(REPO_ROOT, 'collectors', 'dist', 'simulator', 'main.js');
const COLLECTOR_SCRIPT = path.join(REPO_ROOT, 'collectors', 'dist', 'main.js');
/** Binding ~28,600 agents at full depth takes a while on a slow machine. */
const SIMULATOR_READY_TIMEOUT_MS = 180_000;
/** The collector says `ready` over IPC once its schedule runs (before its first cycle ends). */
const COLLECTOR_READY_TIMEOUT_MS = 60_000;

interface RunningConsole {
  stop(exitCode: number): Promise<never>;
}

/** Secrets only the API needs are not handed to the simulator and the collector. */
const API_ONLY_VARIABLES = [INITIAL_PASSWORD_VARIABLE, 'SESSION_SECRET'];

function childEnvironment(config: LauncherConfig): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of API_ONLY_VARIABLES) delete inherited[name];
  return {
    ...inherited,
    // The normalised URL: children resolve the same file or server whatever their cwd.
    DATABASE_URL: config.database.url,
    EXTRANET_DEPTH: config.depth,
    SIMULATOR_PORT: String(config.simulatorPort),
    SIMULATOR_CONTROL_PORT: String(config.simulatorControlPort),
    LOG_LEVEL: config.logLevel,
    ...(config.pollCron ? { POLL_CRON: config.pollCron } : {}),
  };
}

async function startConsole(config: LauncherConfig, logger: Logger): Promise<RunningConsole> {
  let database: Database | undefined;
  const server = new ConsoleServer();
  let isStopping = false;
  const children = new ChildProcesses(logger, (name) => {
    logger.error(`${name} is required; stopping the console (restart it to recover)`);
    void stop(1);
  });
  const stop = async (exitCode: number): Promise<never> => {
    if (!isStopping) {
      isStopping = true;
      logger.info('stopping the console…');
      await Promise.allSettled([children.stopAll(), server.close()]);
      await database?.close().catch(() => undefined);
      logger.info('console stopped');
    }
    process.exit(exitCode);
  };
  process.once('exit', () => children.killAllNow());

  try {
    const address = await server.listen(config.host, config.port);
    const secretBox = SecretBox.fromEnvironment();
    const sessionSecret = loadSessionSecret(process.env);
    const prepared = await prepareDatabase(config, secretBox, logger);
    database = prepared.database;
    const auditTrail = AuditTrail.fromEnvironment(database.sequelize);
    await ensureFirstSystemAdmin({
      sequelize: database.sequelize,
      auditTrail,
      logger,
      initialPassword: process.env[INITIAL_PASSWORD_VARIABLE],
    });

    const webRoot = config.webRoot ? path.resolve(config.webRoot) : DEFAULT_WEB_ROOT;
    if (!isConsoleBuilt(webRoot)) {
      logger.warn(
        `the web console is not built (${webRoot}/index.html missing): run npm run build:web; the API runs meanwhile`,
      );
    }
    const { app } = createApp({
      sequelize: database.sequelize,
      sealer: secretBox,
      logger,
      webRoot,
      auditTrail,
      sessionSecret,
      isCookieSecure: config.isCookieSecure,
      trustProxy: config.trustProxy,
    });
    server.serve(app);

    const env = childEnvironment(config);
    if (config.isSimulatorOn) {
      await assertPortFree('127.0.0.1', config.simulatorControlPort, 'SIMULATOR_CONTROL_PORT');
      const simulator = children.start({ name: 'simulator', script: SIMULATOR_SCRIPT, env });
      await children.waitUntilReady('simulator', simulator, {
        timeoutMs: SIMULATOR_READY_TIMEOUT_MS,
      });
      logger.info(`simulator ready (control on 127.0.0.1:${config.simulatorControlPort})`);
    } else {
      logger.info('SIMULATOR=off: polling the real nodes at their management addresses');
    }
    const collector = children.start({ name: 'collector', script: COLLECTOR_SCRIPT, env });
    await children.waitUntilReady('collector', collector, {
      timeoutMs: COLLECTOR_READY_TIMEOUT_MS,
    });

    logger.info(
      `console ready at ${consoleUrl(config.host, address.port)} (${prepared.uplinkCount} uplinks, database: ${config.database.description})`,
    );
    return { stop };
  } catch (error) {
    isStopping = true;
    await Promise.allSettled([children.stopAll(3_000), server.close(1_000)]);
    await database?.close().catch(() => undefined);
    throw error;
  }
}

/** `npm start`: one process that owns the API, the web console, the simulator and the collector. */
async function main(): Promise<void> {
  let logger = createLogger({ name: 'console' });
  try {
    const config = readLauncherConfig(process.env);
    logger = createLogger({ name: 'console', level: config.logLevel });
    const running = await startConsole(config, logger);
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) {
        logger.warn(`${signal} again: exiting now`);
        process.exit(1);
      }
      logger.info(`${signal} received`);
      void running.stop(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('unhandledRejection', (reason) => {
      logger.error({ err: reason }, 'unhandled promise rejection; stopping the console');
      void running.stop(1);
    });
  } catch (error) {
    logger.debug({ err: error }, 'start-up failed');
    process.stderr.write(`console failed to start: ${describeStartupFailure(error)}\n`);
    process.exit(1);
  }
}

void main();
