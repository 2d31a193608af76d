import { QueryTypes, type Sequelize } from 'sequelize';
import type { UnitNames } from './account-views';

/** Names of the given units (scope roots), one query. */
export async function findUnitNames(
  sequelize: Sequelize,
  codes: readonly (string | null)[],
): Promise<UnitNames> {
  const wanted = [...new Set(codes.filter((code): code is string => code !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await sequelize.query<{ code: string; name: string }>(
    'SELECT code, name FROM admin_units WHERE code IN (:codes)',
    { type: QueryTypes.SELECT, replacements: { codes: wanted } },
  );
  return new Map(rows.map((row) => [row.code, row.name]));
}
