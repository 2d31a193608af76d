import { Role, effectiveScope } from '@extranet/database';
import { scopeCondition, scopeRootAndAncestors } from './scope.sql';

describe('scope as SQL', () => {
  it('when province-wide, then there is no condition', () => {
    expect(scopeCondition('u.child_unit_code', effectiveScope(null, [], []))).toEqual({
      sql: '',
      replacements: {},
    });
  });

  it('when scoped to a city, then the condition is a code prefix given as a replacement', () => {
    const condition = scopeCondition('n.unit_code', effectiveScope('4213', [], []));
    expect(condition.sql).toBe("(n.unit_code LIKE :scopePrefix ESCAPE '!')");
    expect(condition.replacements).toEqual({ scopePrefix: '4213%' });
  });

  it('when an allocator names departments, then they are added by equality', () => {
    const scope = effectiveScope('4213', ['42D003'], [Role.ResourceAllocator]);
    const condition = scopeCondition('c.code', scope);
    expect(condition.sql).toContain('c.code IN (:scopeDepartments)');
    expect(condition.replacements['scopeDepartments']).toEqual(['42D003']);
  });

  it('when the scope is a county, then its ancestors are the province and its city', () => {
    expect(scopeRootAndAncestors(effectiveScope('421303', [], []))).toEqual([
      '42',
      '4213',
      '421303',
    ]);
    expect(scopeRootAndAncestors(effectiveScope('429004', [], []))).toEqual([
      '42',
      '4290',
      '429004',
    ]);
  });
});
