import { DataTypes, type Model, type ModelStatic, type Sequelize } from 'sequelize';
import { ROLES, type Role } from '../choices';

export interface AccountRoleAttributes {
  accountId: number;
  role: Role;
}

export interface AccountRoleRow extends Model<AccountRoleAttributes>, AccountRoleAttributes {}
export type AccountRoleModel = ModelStatic<AccountRoleRow>;

/** One role held by an account (primary key: account, role). */
export function defineAccountRole(sequelize: Sequelize): AccountRoleModel {
  return sequelize.define<AccountRoleRow>(
    'AccountRole',
    {
      accountId: { type: DataTypes.INTEGER, primaryKey: true },
      role: { type: DataTypes.ENUM(...ROLES), primaryKey: true },
    },
    { tableName: 'account_roles', underscored: true, timestamps: false },
  );
}
