import { compliantRatio, tallyByKey } from './state-counts';

describe('state tallies', () => {
  it('when grouped rows are folded, then every state is present and totals add up', () => {
    const tallies = tallyByKey([
      { key: '4201', state: 'compliant', count: 3 },
      { key: '4201', state: 'down', count: 1 },
      { key: '4202', state: 'unknown', count: 2 },
    ]);
    const wuhan = tallies.get('4201')!;
    expect(wuhan.total).toBe(4);
    expect(wuhan.byState).toEqual({
      compliant: 3,
      redundancy_lost: 0,
      under_provisioned: 0,
      congested: 0,
      down: 1,
      unknown: 0,
    });
    expect(compliantRatio(wuhan)).toBe(0.75);
    expect(compliantRatio({ total: 0, byState: wuhan.byState })).toBeNull();
  });
});
