import { ConfigurationError } from '../../config/configuration-error';
import {
  DEFAULT_TRAFFIC_RETENTION,
  readTrafficRetention,
  retentionCutoffMs,
} from './traffic-retention';

describe('readTrafficRetention', () => {
  it('when nothing is set, then the defaults apply', () => {
    expect(readTrafficRetention({})).toEqual(DEFAULT_TRAFFIC_RETENTION);
  });

  it('when variables are set, then they replace the defaults one by one', () => {
    expect(
      readTrafficRetention({
        RETENTION_RAW_DAYS: '3',
        RETENTION_1D_DAYS: ' 3660 ',
        RETENTION_5M_DAYS: '',
      }),
    ).toEqual({ raw: 3, '5m': 35, '1h': 100, '1d': 3660 });
  });

  it('when a value is not a whole number, then the error names the variable and an example', () => {
    for (const bad of ['7.5', '-1', 'seven', '1e3']) {
      expect(() => readTrafficRetention({ RETENTION_1H_DAYS: bad }))
        .withContext(bad)
        .toThrowMatching(
          (error) =>
            error instanceof ConfigurationError &&
            error.message.startsWith(`RETENTION_1H_DAYS="${bad}"`) &&
            error.message.includes('RETENTION_1H_DAYS=100'),
        );
    }
  });

  it('when a value is below 2 days or absurdly large, then it is refused', () => {
    expect(() => readTrafficRetention({ RETENTION_RAW_DAYS: '1' })).toThrowError(
      ConfigurationError,
      /RETENTION_RAW_DAYS=1 is out of range/,
    );
    expect(() => readTrafficRetention({ RETENTION_1D_DAYS: '99999' })).toThrowError(
      ConfigurationError,
      /RETENTION_1D_DAYS=99999 is out of range/,
    );
  });

  it('when a finer resolution would outlive a coarser one, then the fix is named', () => {
    expect(() => readTrafficRetention({ RETENTION_RAW_DAYS: '60' })).toThrowError(
      ConfigurationError,
      'RETENTION_RAW_DAYS=60 keeps raw longer than RETENTION_5M_DAYS=35 keeps 5m; raise RETENTION_5M_DAYS to at least 60',
    );
  });
});

describe('retentionCutoffMs', () => {
  it('when asked for a resolution, then the cutoff is its days before now', () => {
    const now = Date.parse('2026-03-10T00:00:00Z');
    expect(new Date(retentionCutoffMs(DEFAULT_TRAFFIC_RETENTION, 'raw', now)).toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
  });
});
