import { UNIT_LEVELS } from '@extranet/database';
import { commaListOf, escapeLike, searchText } from './query-params';

describe('commaListOf', () => {
  const levels = commaListOf(UNIT_LEVELS, 'level');

  it('when entries are allowed, then they are trimmed and deduplicated', () => {
    expect(levels.parse('county, township,county')).toEqual(['county', 'township']);
  });

  it('when an entry is unknown, then the issue names it and the choices', () => {
    const result = levels.safeParse('county,moon');
    expect(result.success).toBeFalse();
    expect(result.error!.issues[0]!.message).toContain("'moon'");
    expect(result.error!.issues[0]!.message).toContain('township');
  });

  it('when the list is empty, then it is refused', () => {
    expect(levels.safeParse(' , ').success).toBeFalse();
  });
});

describe('searchText and escapeLike', () => {
  it('when the search is blank, then it means no search', () => {
    expect(searchText.parse('   ')).toBeUndefined();
    expect(searchText.parse(' 武汉 ')).toBe('武汉');
  });

  it('when the text has LIKE wildcards or the escape, then they are escaped with !', () => {
    expect(escapeLike('50%_a!b')).toBe('50!%!_a!!b');
  });
});
