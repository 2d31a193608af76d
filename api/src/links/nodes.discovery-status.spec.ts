import { discoveryStatusOf } from './nodes.discovery-status';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 7, minute));
const none = { requestedAt: null, startedAt: null, finishedAt: null, outcome: null };

describe('discoveryStatusOf', () => {
  it('when the node was never walked nor asked, then never', () => {
    expect(discoveryStatusOf(none)).toBe('never');
  });

  it('when a walk is asked, then pending until the collector starts it', () => {
    expect(discoveryStatusOf({ ...none, requestedAt: at(1) })).toBe('pending');
  });

  it('when a walk started after the last finish, then running (even with a new request)', () => {
    expect(discoveryStatusOf({ ...none, startedAt: at(2) })).toBe('running');
    expect(
      discoveryStatusOf({
        requestedAt: at(3),
        startedAt: at(2),
        finishedAt: at(1),
        outcome: 'complete',
      }),
    ).toBe('running');
  });

  it('when the last walk finished, then its outcome, unless another is asked', () => {
    const done = {
      requestedAt: null,
      startedAt: at(1),
      finishedAt: at(2),
      outcome: 'partial' as const,
    };
    expect(discoveryStatusOf(done)).toBe('partial');
    expect(discoveryStatusOf({ ...done, requestedAt: at(3) })).toBe('pending');
  });
});
