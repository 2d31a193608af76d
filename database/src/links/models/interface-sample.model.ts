import { DataTypes, Model, type Sequelize } from 'sequelize';

/** One measured interval of an interface: mean rates over [sampledAt - intervalMs, sampledAt]. */
export class InterfaceSample extends Model {
  declare interfaceId: number;
  declare sampledAt: Date;
  declare intervalMs: number;
  declare inBps: number;
  declare outBps: number;
  declare operStatus: number | null;
}

export function defineInterfaceSample(sequelize: Sequelize): typeof InterfaceSample {
  return InterfaceSample.init(
    {
      interfaceId: { type: DataTypes.INTEGER, primaryKey: true },
      sampledAt: { type: DataTypes.DATE(3), primaryKey: true },
      intervalMs: { type: DataTypes.INTEGER, allowNull: false },
      inBps: { type: DataTypes.BIGINT, allowNull: false },
      outBps: { type: DataTypes.BIGINT, allowNull: false },
      operStatus: { type: DataTypes.TINYINT, allowNull: true },
    },
    { sequelize, tableName: 'interface_samples', underscored: true, timestamps: false },
  );
}
