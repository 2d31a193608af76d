import pino, { type Logger } from 'pino';

/**
 * Paths pino replaces with "[redacted]". Communities are passwords on SNMP v2c: they must
 * never reach a log line, whether passed alone, inside a target, or one level deeper.
 */
export const REDACTED_LOG_PATHS = [
  'community',
  '*.community',
  '*.*.community',
  'snmpCommunitySealed',
  '*.snmpCommunitySealed',
  'password',
  '*.password',
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; stdout when omitted (tests pass a stream to inspect them). */
  destination?: pino.DestinationStream;
}

export function createLogger(name: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      name,
      level: options.level ?? process.env['LOG_LEVEL'] ?? 'info',
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}
