import { DataTypes, Model, type Sequelize } from 'sequelize';
import { UNIT_LEVELS, type UnitLevel } from '../choices';

/** An administrative unit of Hubei keyed by its GB/T 2260 code, or a provincial department. */
export class AdminUnit extends Model {
  declare code: string;
  declare name: string;
  declare level: UnitLevel;
  declare parentCode: string | null;
  /** Code of the city-level ancestor (itself for a city); null for the province and departments. */
  declare cityCode: string | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export function defineAdminUnit(sequelize: Sequelize): typeof AdminUnit {
  return AdminUnit.init(
    {
      code: { type: DataTypes.STRING(12), primaryKey: true },
      name: { type: DataTypes.STRING(64), allowNull: false },
      level: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
      parentCode: { type: DataTypes.STRING(12), allowNull: true },
      cityCode: { type: DataTypes.STRING(12), allowNull: true },
    },
    { sequelize, tableName: 'admin_units', underscored: true },
  );
}
