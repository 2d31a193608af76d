import {
  parseDatabaseUrl,
  readTrafficRetention,
  type DatabaseConfig,
  type SeedDepth,
  type TrafficRetention,
} from '@extranet/database';

/** A setting the operator got wrong; the message names the variable and a valid example. */
export class LauncherConfigError extends Error {
  override readonly name = 'LauncherConfigError';
}

export interface LauncherConfig {
  port: number;
  host: string;
  /** DATABASE_URL as given (children receive it unchanged); undefined = embedded SQLite. */
  databaseUrl: string | undefined;
  database: DatabaseConfig;
  depth: SeedDepth;
  isSimulatorOn: boolean;
  simulatorPort: number;
  simulatorControlPort: number;
  pollCron: string | undefined;
  webRoot: string | undefined;
  logLevel: string;
  /** COOKIE_SECURE=true: the session and XSRF cookies are always Secure (TLS at a proxy). */
  isCookieSecure: boolean;
  /** TRUST_PROXY: Express's `trust proxy` (false, true, a hop count, or addresses/presets). */
  trustProxy: boolean | number | string;
  /** RETENTION_*_DAYS, checked here so a bad value stops the console before the database. */
  trafficRetention: TrafficRetention;
}

const DEPTHS: readonly SeedDepth[] = ['township', 'full'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function portOf(env: Env, name: string, fallback: number, allowZero = false): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  const minimum = allowZero ? 0 : 1;
  if (!(port >= minimum && port <= 65535)) {
    throw new LauncherConfigError(
      `${name}=${raw} is not a port number; use 1-65535, e.g. ${name}=${fallback}`,
    );
  }
  return port;
}

function choiceOf<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new LauncherConfigError(`${name}=${raw} is not valid; use one of ${choices.join(', ')}`);
  }
  return raw as T;
}

/** A five- or six-field cron expression; node-cron checks the fields themselves. */
function cronOf(env: Env, name: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const fields = raw.split(/\s+/).length;
  if (fields < 5 || fields > 6 || !/^[\d*/,\-\sA-Za-z?]+$/.test(raw)) {
    throw new LauncherConfigError(
      `${name}="${raw}" is not a cron expression; e.g. ${name}="*/1 * * * *" (every minute)`,
    );
  }
  return raw;
}

/** false (default), true, a number of hops, or Express presets / addresses (`loopback, 10.0.0.0/8`). */
function trustProxyOf(env: Env): boolean | number | string {
  const raw = value(env, 'TRUST_PROXY');
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  if (/^[0-9A-Za-z.:/,\s]+$/.test(raw)) return raw;
  throw new LauncherConfigError(
    `TRUST_PROXY=${raw} is not valid; use false, true, a hop count or addresses, e.g. TRUST_PROXY=loopback`,
  );
}

/**
 * Reads the launcher's environment. DATABASE_URL is parsed here so a malformed one stops the
 * console before anything starts (ConfigurationError from @extranet/database).
 */
export function readLauncherConfig(env: Env, opts: { dataDir?: string } = {}): LauncherConfig {
  const databaseUrl = value(env, 'DATABASE_URL');
  return {
    port: portOf(env, 'PORT', 8080, true),
    host: value(env, 'HOST') ?? '127.0.0.1',
    databaseUrl,
    database: parseDatabaseUrl(databaseUrl, { dataDir: opts.dataDir }),
    depth: choiceOf(env, 'EXTRANET_DEPTH', DEPTHS, 'township'),
    isSimulatorOn: choiceOf(env, 'SIMULATOR', ['on', 'off'] as const, 'on') === 'on',
    simulatorPort: portOf(env, 'SIMULATOR_PORT', 16161),
    simulatorControlPort: portOf(env, 'SIMULATOR_CONTROL_PORT', 16170),
    pollCron: cronOf(env, 'POLL_CRON'),
    webRoot: value(env, 'WEB_ROOT'),
    logLevel: choiceOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    isCookieSecure: choiceOf(env, 'COOKIE_SECURE', ['true', 'false'] as const, 'false') === 'true',
    trustProxy: trustProxyOf(env),
    trafficRetention: readTrafficRetention(env),
  };
}

/** The address people type into a browser: loopback and wildcard hosts read as localhost. */
export function consoleUrl(host: string, port: number): string {
  const isLocal = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host);
  const shownHost = isLocal ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}`;
}
