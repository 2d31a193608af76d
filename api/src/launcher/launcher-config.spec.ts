import { ConfigurationError } from '@extranet/database';
import { LauncherConfigError, consoleUrl, readLauncherConfig } from './launcher-config';

describe('readLauncherConfig', () => {
  it('when cookie and proxy settings are given, then they are read; a bad proxy is named', () => {
    expect(readLauncherConfig({}).isCookieSecure).toBeFalse();
    expect(readLauncherConfig({}).trustProxy).toBeFalse();
    const config = readLauncherConfig({ COOKIE_SECURE: 'true', TRUST_PROXY: 'loopback' });
    expect(config.isCookieSecure).toBeTrue();
    expect(config.trustProxy).toBe('loopback');
    expect(readLauncherConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => readLauncherConfig({ TRUST_PROXY: 'x;y' })).toThrowError(
      LauncherConfigError,
      /TRUST_PROXY/,
    );
    expect(() => readLauncherConfig({ COOKIE_SECURE: 'yes' })).toThrowError(
      LauncherConfigError,
      /COOKIE_SECURE/,
    );
  });

  it('when a traffic retention is wrong, then the console stops before the database', () => {
    expect(() => readLauncherConfig({ RETENTION_5M_DAYS: 'a month' })).toThrowError(
      ConfigurationError,
      /RETENTION_5M_DAYS="a month"/,
    );
  });

  it('when nothing is set, then the documented defaults apply', () => {
    const config = readLauncherConfig({}, { dataDir: '/var/lib/extranet' });
    expect(config).toEqual(
      jasmine.objectContaining({
        port: 8080,
        host: '127.0.0.1',
        depth: 'township',
        isSimulatorOn: true,
        pollCron: undefined,
      }),
    );
    expect(config.database.description).toContain('/var/lib/extranet/extranet.sqlite');
  });

  it('when values are set, then they are read', () => {
    const config = readLauncherConfig({
      PORT: '9090',
      HOST: '0.0.0.0',
      EXTRANET_DEPTH: 'full',
      SIMULATOR: 'OFF',
      POLL_CRON: '*/5 * * * *',
      DATABASE_URL: 'mysql://u:p@db:3306/extranet',
    });
    expect(config.port).toBe(9090);
    expect(config.depth).toBe('full');
    expect(config.isSimulatorOn).toBeFalse();
    expect(config.pollCron).toBe('*/5 * * * *');
    expect(config.database.description).not.toContain(':p@');
  });

  it('when a value is wrong, then the error names the variable and a valid example', () => {
    expect(() => readLauncherConfig({ PORT: '80a' })).toThrowError(
      LauncherConfigError,
      /PORT=80a .*PORT=8080/,
    );
    expect(() => readLauncherConfig({ PORT: '70000' })).toThrowError(LauncherConfigError, /PORT/);
    expect(() => readLauncherConfig({ EXTRANET_DEPTH: 'village' })).toThrowError(
      LauncherConfigError,
      /township, full/,
    );
    expect(() => readLauncherConfig({ SIMULATOR: 'yes' })).toThrowError(
      LauncherConfigError,
      /on, off/,
    );
    expect(() => readLauncherConfig({ POLL_CRON: 'every minute' })).toThrowError(
      LauncherConfigError,
      /POLL_CRON/,
    );
  });

  it('when DATABASE_URL is malformed, then it fails before anything starts', () => {
    expect(() => readLauncherConfig({ DATABASE_URL: 'postgres://x/y' })).toThrowError(
      ConfigurationError,
    );
  });

  it('when the host is loopback or wildcard, then the URL shows localhost', () => {
    expect(consoleUrl('127.0.0.1', 8080)).toBe('http://localhost:8080');
    expect(consoleUrl('0.0.0.0', 80)).toBe('http://localhost:80');
    expect(consoleUrl('10.42.0.5', 8080)).toBe('http://10.42.0.5:8080');
    expect(consoleUrl('2408:8766::5', 8080)).toBe('http://[2408:8766::5]:8080');
  });
});
