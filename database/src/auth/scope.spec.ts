import { Role } from './choices';
import { effectiveScope, isUnitAboveScope, isUnitInScope } from './scope';

describe('account scope', () => {
  const suizhou = effectiveScope('4213', [], [Role.NetworkOperator]);

  it('when scoped to a city, then its subtree is in scope and other cities and departments are not', () => {
    expect(isUnitInScope('4213', suizhou)).toBeTrue();
    expect(isUnitInScope('421303', suizhou)).toBeTrue();
    expect(isUnitInScope('421303101', suizhou)).toBeTrue();
    expect(isUnitInScope('4201', suizhou)).toBeFalse();
    expect(isUnitInScope('420102', suizhou)).toBeFalse();
    expect(isUnitInScope('42', suizhou)).toBeFalse();
    expect(isUnitInScope('42D001', suizhou)).toBeFalse();
  });

  it('when province-wide, then every unit and department is in scope', () => {
    for (const scope of [effectiveScope(null, [], []), effectiveScope('42', [], [])]) {
      expect(scope.unitCode).toBeNull();
      expect(isUnitInScope('42D001', scope)).toBeTrue();
      expect(isUnitInScope('429004', scope)).toBeTrue();
    }
  });

  it('when an allocator names departments, then only those departments are added', () => {
    const allocator = effectiveScope('4213', ['42D003'], [Role.ResourceAllocator]);
    expect(isUnitInScope('42D003', allocator)).toBeTrue();
    expect(isUnitInScope('42D004', allocator)).toBeFalse();
    const operator = effectiveScope('4213', ['42D003'], [Role.NetworkOperator]);
    expect(isUnitInScope('42D003', operator)).toBeFalse();
  });

  it('when a unit is an ancestor of the scope root, then it is above the scope', () => {
    const county = effectiveScope('421303', [], []);
    expect(isUnitAboveScope('42', county)).toBeTrue();
    expect(isUnitAboveScope('4213', county)).toBeTrue();
    expect(isUnitAboveScope('421303', county)).toBeFalse();
    expect(isUnitAboveScope('4201', county)).toBeFalse();
    expect(isUnitAboveScope('42', effectiveScope(null, [], []))).toBeFalse();
  });
});
