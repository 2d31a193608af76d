import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * Paths pino masks wherever they occur in a log line. SNMP communities, passwords, TOTP secrets
 * and session or CSRF tokens are credentials: they must never reach a log, whether in a request
 * body, an error's context or a record. (The first system admin's one-time password is printed
 * once, in the message text, on purpose: see launcher/first-system-admin.ts.)
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-xsrf-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'currentPassword',
  '*.currentPassword',
  'newPassword',
  '*.newPassword',
  'oneTimePassword',
  '*.oneTimePassword',
  'passwordHash',
  '*.passwordHash',
  'totpSecretSealed',
  '*.totpSecretSealed',
  'secret',
  '*.secret',
  'csrfToken',
  '*.csrfToken',
  'community',
  '*.community',
  '*.*.community',
  'req.body.community',
  'snmpCommunity',
  '*.snmpCommunity',
  'snmpCommunitySealed',
  '*.snmpCommunitySealed',
];

export interface LoggerSettings {
  level?: string;
  name?: string;
  destination?: pino.DestinationStream;
}

export function createLogger(settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    name: settings.name ?? 'api',
    level: settings.level ?? process.env['LOG_LEVEL'] ?? 'info',
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
