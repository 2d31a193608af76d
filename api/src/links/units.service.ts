import {
  TREE_LEVEL_ORDER,
  UnitLevel,
  isUnitAboveScope,
  isUnitInScope,
  type AccountScope,
} from '@extranet/database';
import { AppError } from '../platform/app-error';
import { emptyTally, tallyByKey } from './state-counts';
import type { UnitDetail } from './units.schemas';
import type { UnitRow, UnitsRepository } from './units.repository';
import type { UplinksRepository } from './uplinks.repository';

/** Tree levels first, top-down, then departments; within a level by code. */
function compareUnits(a: UnitRow, b: UnitRow): number {
  const rank = (unit: UnitRow): number => {
    const index = TREE_LEVEL_ORDER.indexOf(unit.level);
    return index === -1 ? TREE_LEVEL_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.code.localeCompare(b.code);
}

/** The drill-down: a unit, its uplink, and each child with the uplink health of its subtree. */
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly uplinks: UplinksRepository,
  ) {}

  /**
   * A unit of the drill-down. Without a code, the root of what the caller may see: the province,
   * or the scope's own unit for a scoped account (it starts there). A unit above the scope (the
   * province, the city of a county operator) or beside it is refused with 403: unit codes are
   * public reference data, so refusing does not reveal anything a 404 would hide.
   */
  async getUnit(code: string | undefined, scope: AccountScope): Promise<UnitDetail> {
    const rootCode = code ?? scope.unitCode ?? undefined;
    const unit =
      rootCode === undefined ? await this.units.findRoot() : await this.units.findByCode(rootCode);
    if (!unit) {
      throw AppError.notFound(
        rootCode === undefined
          ? 'no province unit: the database is not seeded'
          : `no unit with code ${rootCode}`,
      );
    }
    if (!isUnitInScope(unit.code, scope)) {
      throw AppError.forbidden(
        isUnitAboveScope(unit.code, scope)
          ? `unit ${unit.code} is above your scope (${scope.unitCode}); start at your scope`
          : `unit ${unit.code} is outside your scope (${scope.unitCode})`,
      );
    }
    const [path, ownUplinks, children, childUplinks] = await Promise.all([
      this.units.findPath(unit),
      this.uplinks.findSummaries({ childCode: unit.code }),
      this.units.findChildren(unit.code),
      this.uplinks.findSummaries({ childParentCode: unit.code }),
    ]);
    const subtrees = await this.countSubtrees(children);
    const uplinkByChild = new Map(childUplinks.map((uplink) => [uplink.child.code, uplink]));
    return {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      parentCode: unit.parentCode ?? null,
      path,
      uplink: ownUplinks[0] ?? null,
      children: [...children].sort(compareUnits).map((child) => ({
        code: child.code,
        name: child.name,
        level: child.level,
        uplink: uplinkByChild.get(child.code) ?? null,
        subtree: subtrees.get(child.code) ?? emptyTally(),
      })),
    };
  }

  /**
   * A city's subtree is everything carrying its city code, one grouped scan; other children
   * (counties, townships, departments) are walked, and their subtrees are small.
   */
  private async countSubtrees(children: readonly UnitRow[]) {
    const isCityRoot = (child: UnitRow) =>
      child.level === UnitLevel.City && child.cityCode === child.code;
    const cities = children.filter(isCityRoot).map((child) => child.code);
    const others = children.filter((child) => !isCityRoot(child)).map((child) => child.code);
    const [cityRows, otherRows] = await Promise.all([
      this.units.countStatesByCity(cities),
      this.units.countStatesBySubtree(others),
    ]);
    return tallyByKey([...cityRows, ...otherRows].map((row) => ({ ...row, key: row.root })));
  }
}
