import { DatabaseUnavailableError } from '@extranet/database';
import { LauncherConfigError } from './launcher-config';
import { StartupError, describeStartupFailure, listenFailure } from './startup-errors';

function systemError(code: string): Error {
  return Object.assign(new Error(`listen ${code}`), { code, syscall: 'listen' });
}

describe('start-up failures', () => {
  it('when the port is in use, then the line says so and how to fix it', () => {
    const error = listenFailure(systemError('EADDRINUSE'), '127.0.0.1', 8080);
    expect(describeStartupFailure(error)).toBe(
      'port 8080 is in use; set PORT=… to a free port (e.g. PORT=8081) or stop the process using it',
    );
  });

  it('when the host is not local or the port privileged, then the line names HOST or PORT', () => {
    expect(
      describeStartupFailure(listenFailure(systemError('EADDRNOTAVAIL'), '10.9.9.9', 8080)),
    ).toContain('HOST=10.9.9.9');
    expect(describeStartupFailure(listenFailure(systemError('EACCES'), '127.0.0.1', 80))).toContain(
      'PORT=8080',
    );
  });

  it('when a known error has a multi-line message, then it is one line', () => {
    expect(
      describeStartupFailure(new DatabaseUnavailableError('cannot reach db\n  start it')),
    ).toBe('cannot reach db start it');
    expect(describeStartupFailure(new LauncherConfigError('PORT bad'))).toBe('PORT bad');
    expect(describeStartupFailure(new StartupError('collector is not built'))).toBe(
      'collector is not built',
    );
  });

  it('when the error is unexpected, then only its message is shown, with a hint for details', () => {
    const line = describeStartupFailure(new TypeError('x is undefined'));
    expect(line).toBe('unexpected error: x is undefined (set LOG_LEVEL=debug for details)');
    expect(line).not.toContain(' at ');
  });
});
