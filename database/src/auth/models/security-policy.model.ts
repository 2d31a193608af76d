import { DataTypes, type Model, type ModelStatic, type Sequelize } from 'sequelize';
import type { SecurityPolicy } from '../security-policy';

/** The single policy row (id 1), created by migration 0003 with the defaults. */
export const SECURITY_POLICY_ROW_ID = 1;

export interface SecurityPolicyAttributes extends SecurityPolicy {
  id: number;
  updatedBy: number | null;
  updatedAt: Date;
}

export interface SecurityPolicyRow
  extends Model<SecurityPolicyAttributes>, SecurityPolicyAttributes {}
export type SecurityPolicyModel = ModelStatic<SecurityPolicyRow>;

export function defineSecurityPolicy(sequelize: Sequelize): SecurityPolicyModel {
  // A fresh object per column: Sequelize writes each column's `field` into its definition.
  const whole = () => ({ type: DataTypes.INTEGER, allowNull: false });
  return sequelize.define<SecurityPolicyRow>(
    'SecurityPolicy',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true },
      passwordMinLength: whole(),
      passwordMinClasses: whole(),
      passwordMaxAgeDays: whole(),
      passwordHistory: whole(),
      lockoutThreshold: whole(),
      lockoutMinutes: whole(),
      sessionIdleMinutes: whole(),
      sessionAbsoluteHours: whole(),
      updatedBy: { type: DataTypes.INTEGER, allowNull: true },
      updatedAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'security_policy', underscored: true, createdAt: false },
  );
}
