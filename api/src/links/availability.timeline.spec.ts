import {
  availabilityOf,
  monthWindow,
  pooledAvailability,
  stateSegments,
  type TimeWindow,
} from './availability.timeline';

const HOUR = 3600_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const day: TimeWindow = { from: T0, to: T0 + 24 * HOUR };
const at = (hours: number) => T0 + hours * HOUR;

describe('stateSegments', () => {
  it('when the state changes inside the window, then the window is cut at each change', () => {
    expect(
      stateSegments(
        'compliant',
        [
          { at: at(2), state: 'down' },
          { at: at(3), state: 'compliant' },
        ],
        day,
      ),
    ).toEqual([
      { start: at(0), end: at(2), state: 'compliant' },
      { start: at(2), end: at(3), state: 'down' },
      { start: at(3), end: at(24), state: 'compliant' },
    ]);
  });

  it('when a change repeats the state or lies outside the window, then it is ignored', () => {
    expect(
      stateSegments(
        'down',
        [
          { at: at(-1), state: 'compliant' },
          { at: at(5), state: 'down' },
          { at: at(30), state: 'compliant' },
        ],
        day,
      ),
    ).toEqual([{ start: at(0), end: at(24), state: 'down' }]);
  });

  it('when the uplink is first evaluated inside the window, then the time before has no state', () => {
    expect(stateSegments(null, [{ at: at(6), state: 'compliant' }], day)).toEqual([
      { start: at(0), end: at(6), state: null },
      { start: at(6), end: at(24), state: 'compliant' },
    ]);
  });
});

describe('availabilityOf', () => {
  it('when an uplink is down 1 h of a day, then its availability is 23/24', () => {
    const segments = stateSegments(
      'compliant',
      [
        { at: at(2), state: 'down' },
        { at: at(3), state: 'redundancy_lost' },
      ],
      day,
    );
    const figures = availabilityOf(segments);
    expect(figures.downSeconds).toBe(3600);
    expect(figures.knownSeconds).toBe(86_400);
    expect(figures.availability).toBeCloseTo(23 / 24, 10);
  });

  it('when part of the time is unknown or before the first evaluation, then it counts neither way', () => {
    const segments = stateSegments(
      null,
      [
        { at: at(12), state: 'compliant' },
        { at: at(18), state: 'unknown' },
        { at: at(20), state: 'down' },
      ],
      day,
    );
    const figures = availabilityOf(segments);
    expect(figures.unknownSeconds).toBe(14 * 3600);
    expect(figures.knownSeconds).toBe(10 * 3600);
    expect(figures.availability).toBeCloseTo(6 / 10, 10);
  });

  it('when nothing is known, then availability is null, not 100 %', () => {
    expect(availabilityOf(stateSegments(null, [], day)).availability).toBeNull();
    expect(availabilityOf(stateSegments('unknown', [], day)).availability).toBeNull();
  });

  it('when congested, redundancy lost or under-provisioned, then the uplink still counts as available', () => {
    const segments = stateSegments(
      'congested',
      [
        { at: at(8), state: 'redundancy_lost' },
        { at: at(16), state: 'under_provisioned' },
      ],
      day,
    );
    expect(availabilityOf(segments).availability).toBe(1);
  });
});

describe('pooledAvailability', () => {
  it('when uplinks are pooled, then each weighs by its known time', () => {
    const wholeDayDownOneHour = availabilityOf(
      stateSegments(
        'compliant',
        [
          { at: at(0), state: 'down' },
          { at: at(1), state: 'compliant' },
        ],
        day,
      ),
    );
    const lastSixHoursUp = availabilityOf(
      stateSegments(null, [{ at: at(18), state: 'compliant' }], day),
    );
    const pooled = pooledAvailability([wholeDayDownOneHour, lastSixHoursUp]);
    expect(pooled.knownSeconds).toBe(30 * 3600);
    expect(pooled.availability).toBeCloseTo(29 / 30, 10);
    expect(pooledAvailability([]).availability).toBeNull();
  });
});

describe('monthWindow', () => {
  it('when a past month is asked, then it spans the month in China Standard Time', () => {
    expect(monthWindow('2026-10', Date.parse('2026-11-23T00:00:00Z'))).toEqual({
      from: Date.parse('2026-09-30T16:00:00Z'),
      to: Date.parse('2026-10-31T16:00:00Z'),
    });
  });

  it('when the running month is asked, then it ends now; a future month has no window', () => {
    const now = Date.parse('2026-11-23T07:00:00Z');
    expect(monthWindow('2026-11', now)).toEqual({
      from: Date.parse('2026-10-31T16:00:00Z'),
      to: now,
    });
    expect(monthWindow('2026-12', now)).toBeNull();
  });
});
