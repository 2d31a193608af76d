import { CachingCommunityOpener, type CommunityOpener } from './community-opener';

describe('CachingCommunityOpener', () => {
  const countingOpener = () => {
    const calls: string[] = [];
    const opener: CommunityOpener = {
      open(sealed) {
        calls.push(sealed);
        if (sealed.startsWith('bad')) throw new Error('sealed with another key');
        return `plain-${sealed}`;
      },
    };
    return { calls, opener };
  };

  it('when a sealed community is asked again, then it is opened once, not every cycle', () => {
    const { calls, opener } = countingOpener();
    const cache = new CachingCommunityOpener(opener);
    expect(cache.open('a')).toBe('plain-a');
    expect(cache.open('a')).toBe('plain-a');
    expect(calls).toEqual(['a']);
  });

  it('when the community changes (a new sealed text), then the new one is opened', () => {
    const { calls, opener } = countingOpener();
    const cache = new CachingCommunityOpener(opener);
    cache.open('a');
    expect(cache.open('b')).toBe('plain-b');
    expect(calls).toEqual(['a', 'b']);
  });

  it('when opening fails, then the failure is not kept: the next cycle tries again', () => {
    const { calls, opener } = countingOpener();
    const cache = new CachingCommunityOpener(opener);
    expect(() => cache.open('bad')).toThrowError(/another key/);
    expect(() => cache.open('bad')).toThrowError(/another key/);
    expect(calls).toEqual(['bad', 'bad']);
  });

  it('when the targets are reloaded, then communities no longer in use are forgotten', () => {
    const { calls, opener } = countingOpener();
    const cache = new CachingCommunityOpener(opener);
    cache.open('a');
    cache.open('b');
    cache.retainOnly(['b']);
    expect(cache.size).toBe(1);
    cache.open('a');
    expect(calls).toEqual(['a', 'b', 'a']);
  });
});
