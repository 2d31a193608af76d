import { Role } from './choices';

/** The province's GB/T 2260 code; a scope of the province is the same as no scope. */
const PROVINCE_SCOPE_CODE = '42';

/**
 * The part of the extranet an account may see and change. GB/T 2260 codes are hierarchical by
 * prefix, so a unit is in a subtree when its code starts with the subtree root's code.
 * Departments (42D…) hang off the province: a province-wide account sees them all, a scoped
 * resource allocator only the ones named.
 */
export interface AccountScope {
  /** Root of the visible subtree; null = the whole province, departments included. */
  unitCode: string | null;
  /** Departments visible besides the subtree (resource allocators only). */
  departmentCodes: readonly string[];
}

export const PROVINCE_WIDE: AccountScope = { unitCode: null, departmentCodes: [] };

/** The scope that applies: the province code means province-wide; departments need the role. */
export function effectiveScope(
  scopeUnitCode: string | null,
  departmentCodes: readonly string[],
  roles: readonly Role[],
): AccountScope {
  const unitCode = scopeUnitCode === PROVINCE_SCOPE_CODE ? null : scopeUnitCode;
  const mayNameDepartments = roles.includes(Role.ResourceAllocator) && unitCode !== null;
  return { unitCode, departmentCodes: mayNameDepartments ? [...departmentCodes] : [] };
}

export function isProvinceWide(scope: AccountScope): boolean {
  return scope.unitCode === null;
}

export function isUnitInScope(unitCode: string, scope: AccountScope): boolean {
  if (scope.unitCode === null) return true;
  return unitCode.startsWith(scope.unitCode) || scope.departmentCodes.includes(unitCode);
}

/** An ancestor of the scope root (e.g. the province for a city operator): 403 in the drill-down. */
export function isUnitAboveScope(unitCode: string, scope: AccountScope): boolean {
  return (
    scope.unitCode !== null && scope.unitCode !== unitCode && scope.unitCode.startsWith(unitCode)
  );
}
