import { ConfigurationError } from '@extranet/database';
import {
  DEFAULT_POLL_INTERVALS,
  cronForInterval,
  cronPeriodSeconds,
  parsePollIntervals,
  pollGroupsOf,
} from './poll-groups';

describe('poll intervals and groups', () => {
  it('when POLL_INTERVALS is not set, then townships and above poll every 60 s, villages every 300 s', () => {
    expect(parsePollIntervals(undefined)).toEqual(DEFAULT_POLL_INTERVALS);
    const groups = pollGroupsOf(parsePollIntervals(''));
    expect(groups.map((group) => [group.name, group.cron])).toEqual([
      ['60s', '0 * * * * *'],
      ['300s', '0 */5 * * * *'],
    ]);
    expect(groups[1].levels).toEqual(['village']);
  });

  it('when some levels are named, then only those change and one group forms per interval', () => {
    const intervals = parsePollIntervals('county:120, township = 120,village:600');
    expect(intervals).toEqual({
      ...DEFAULT_POLL_INTERVALS,
      county: 120,
      township: 120,
      village: 600,
    });
    expect(pollGroupsOf(intervals).map((group) => group.name)).toEqual(['60s', '120s', '600s']);
  });

  it('when an entry is malformed, names no level or an interval a schedule cannot keep, then the fix is named', () => {
    expect(() => parsePollIntervals('village')).toThrowError(
      ConfigurationError,
      /<level>:<seconds>/,
    );
    expect(() => parsePollIntervals('hamlet:60')).toThrowError(ConfigurationError, /hamlet:60/);
    expect(() => parsePollIntervals('village:90')).toThrowError(
      ConfigurationError,
      /90 s cannot be kept exactly.*10, 15, 20, 30, 60, 120/,
    );
  });

  it('when an interval divides a minute or an hour, then its cron fires on its multiples', () => {
    expect(cronForInterval(10)).toBe('*/10 * * * * *');
    expect(cronForInterval(60)).toBe('0 * * * * *');
    expect(cronForInterval(900)).toBe('0 */15 * * * *');
    expect(cronForInterval(3600)).toBe('0 0 * * * *');
    expect(() => cronForInterval(45)).toThrowError(RangeError);
  });

  it('when POLL_CRON overrides, then every level is one group at the cron period', () => {
    expect(cronPeriodSeconds('*/10 * * * * *')).toBe(10);
    expect(cronPeriodSeconds('* * * * *')).toBe(60);
    const [group, ...others] = pollGroupsOf(DEFAULT_POLL_INTERVALS, '*/10 * * * * *');
    expect(others).toEqual([]);
    expect(group).toEqual(
      jasmine.objectContaining({ name: 'cron', intervalSeconds: 10, cron: '*/10 * * * * *' }),
    );
    expect(group.levels).toContain('village');
  });
});
