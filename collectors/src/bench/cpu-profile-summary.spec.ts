import { moduleOf, selfTimeBy, type CpuProfile } from './cpu-profile-summary';

describe('cpu profile summary', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('format', 'file:///w/node_modules/sequelize/lib/utils.js') },
      {
        id: 3,
        callFrame: frame(
          'assessNodePoll',
          'file:///w/collectors/dist/links/node-poll-assessment.js',
        ),
      },
      { id: 4, callFrame: frame('(garbage collector)', '') },
    ],
    samples: [2, 3, 2, 4],
    // The first delta is the time before the first sample; each sample owns the next one.
    timeDeltas: [0, 3_000, 1_000, 3_000, 2_000],
  };

  it('when samples land on functions, then self time adds up per module, largest first', () => {
    expect(selfTimeBy(profile, (f) => moduleOf(f.url, f.functionName))).toEqual([
      { name: 'sequelize', ms: 6, share: 6 / 9 },
      { name: '(garbage collector)', ms: 2, share: 2 / 9 },
      { name: 'collectors/links/node-poll-assessment.js', ms: 1, share: 1 / 9 },
    ]);
  });

  it('when a frame is a Node builtin or has no url, then it is named as such', () => {
    expect(moduleOf('node:internal/streams/readable', 'read')).toBe(
      'node:internal/streams/readable',
    );
    expect(moduleOf('', '(program)')).toBe('(program)');
  });
});
