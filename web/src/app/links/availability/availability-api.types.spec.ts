import {
  DEFAULT_AVAILABILITY_QUERY,
  formatAvailability,
  toAvailabilityParams,
} from './availability-api.types';

describe('availability query and figures', () => {
  it('when no month is chosen, then the API picks the running one', () => {
    expect(toAvailabilityParams(DEFAULT_AVAILABILITY_QUERY)['month']).toBeUndefined();
    expect(toAvailabilityParams({ ...DEFAULT_AVAILABILITY_QUERY, month: '2026-10' })['month']).toBe(
      '2026-10',
    );
  });

  it('when shown, then availability has three decimals and unknown is a dash', () => {
    expect(formatAvailability(0.99912)).toBe('99.912 %');
    expect(formatAvailability(null)).toBe('—');
  });
});
