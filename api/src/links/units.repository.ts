import { UnitLevel, type UplinkState } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { toNumber } from '../platform/sql-values';
import type { UnitRef } from './link-refs.schemas';

export interface UnitRow extends UnitRef {
  parentCode: string | null;
  cityCode: string | null;
}

export interface StateCountRow {
  root: string;
  state: UplinkState;
  count: number;
}

/** Deepest possible ancestry: province → city → county → township → village (+ margin). */
const MAX_TREE_DEPTH = 8;

export class UnitsRepository {
  constructor(private readonly sequelize: Sequelize) {}

  async findByCode(code: string): Promise<UnitRow | null> {
    const [row] = await this.sequelize.query<UnitRow>(
      `SELECT code, name, level, parent_code AS parentCode, city_code AS cityCode
       FROM admin_units WHERE code = :code`,
      { type: QueryTypes.SELECT, replacements: { code } },
    );
    return row ?? null;
  }

  /** The province: the one unit of level province. */
  async findRoot(): Promise<UnitRow | null> {
    const [row] = await this.sequelize.query<UnitRow>(
      `SELECT code, name, level, parent_code AS parentCode, city_code AS cityCode
       FROM admin_units WHERE level = :level ORDER BY code LIMIT 1`,
      { type: QueryTypes.SELECT, replacements: { level: UnitLevel.Province } },
    );
    return row ?? null;
  }

  /** Ancestors from the root down to the unit itself; a few primary-key reads. */
  async findPath(unit: UnitRow): Promise<UnitRef[]> {
    const path: UnitRef[] = [{ code: unit.code, name: unit.name, level: unit.level }];
    let parentCode = unit.parentCode;
    while (parentCode && path.length < MAX_TREE_DEPTH) {
      const parent = await this.findByCode(parentCode);
      if (!parent) break;
      path.unshift({ code: parent.code, name: parent.name, level: parent.level });
      parentCode = parent.parentCode;
    }
    return path;
  }

  async findChildren(code: string): Promise<UnitRow[]> {
    return this.sequelize.query<UnitRow>(
      `SELECT code, name, level, parent_code AS parentCode, city_code AS cityCode
       FROM admin_units WHERE parent_code = :code ORDER BY code`,
      { type: QueryTypes.SELECT, replacements: { code } },
    );
  }

  /**
   * Uplink counts per state over the whole subtree of each city (itself included), grouped on
   * the denormalised city code: one scan, no tree walk, even at village depth.
   */
  async countStatesByCity(cityCodes: readonly string[]): Promise<StateCountRow[]> {
    if (cityCodes.length === 0) return [];
    const rows = await this.sequelize.query<StateCountRow>(
      `SELECT c.city_code AS root, u.state AS state, COUNT(*) AS count
       FROM uplinks u JOIN admin_units c ON c.code = u.child_unit_code
       WHERE c.city_code IN (:cityCodes)
       GROUP BY c.city_code, u.state`,
      { type: QueryTypes.SELECT, replacements: { cityCodes: [...cityCodes] } },
    );
    return rows.map((row) => ({ ...row, count: toNumber(row.count) }));
  }

  /**
   * Uplink counts per state over the subtree of each root, walking parent links with a recursive
   * CTE (indexed on parent_code). Cost is the size of the subtrees, so it is used below city
   * level and for units outside any city (departments).
   */
  async countStatesBySubtree(rootCodes: readonly string[]): Promise<StateCountRow[]> {
    if (rootCodes.length === 0) return [];
    const rows = await this.sequelize.query<StateCountRow>(
      `WITH RECURSIVE subtree (root, code) AS (
         SELECT code, code FROM admin_units WHERE code IN (:rootCodes)
         UNION ALL
         SELECT subtree.root, a.code FROM admin_units a JOIN subtree ON a.parent_code = subtree.code
       )
       SELECT subtree.root AS root, u.state AS state, COUNT(*) AS count
       FROM subtree JOIN uplinks u ON u.child_unit_code = subtree.code
       GROUP BY subtree.root, u.state`,
      { type: QueryTypes.SELECT, replacements: { rootCodes: [...rootCodes] } },
    );
    return rows.map((row) => ({ ...row, count: toNumber(row.count) }));
  }
}
