import { DataTypes, type Model, type ModelStatic, type Sequelize } from 'sequelize';

export interface AccountScopeDepartmentAttributes {
  accountId: number;
  unitCode: string;
}

export interface AccountScopeDepartmentRow
  extends Model<AccountScopeDepartmentAttributes>, AccountScopeDepartmentAttributes {}
export type AccountScopeDepartmentModel = ModelStatic<AccountScopeDepartmentRow>;

/** A provincial department a resource allocator may serve besides their unit subtree. */
export function defineAccountScopeDepartment(sequelize: Sequelize): AccountScopeDepartmentModel {
  return sequelize.define<AccountScopeDepartmentRow>(
    'AccountScopeDepartment',
    {
      accountId: { type: DataTypes.INTEGER, primaryKey: true },
      unitCode: { type: DataTypes.STRING(12), primaryKey: true },
    },
    { tableName: 'account_scope_departments', underscored: true, timestamps: false },
  );
}
