import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

export interface PasswordHistoryAttributes {
  id: number;
  accountId: number;
  /** argon2id hash of a password the account has had (the current one included). */
  passwordHash: string;
  createdAt: Date;
}

export interface PasswordHistoryRow
  extends
    Model<PasswordHistoryAttributes, Optional<PasswordHistoryAttributes, 'id'>>,
    PasswordHistoryAttributes {}
export type PasswordHistoryModel = ModelStatic<PasswordHistoryRow>;

export function definePasswordHistory(sequelize: Sequelize): PasswordHistoryModel {
  return sequelize.define<PasswordHistoryRow>(
    'PasswordHistory',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      accountId: { type: DataTypes.INTEGER, allowNull: false },
      passwordHash: { type: DataTypes.STRING(255), allowNull: false },
      // Set by the caller (its clock), not by Sequelize: the order decides what "last 5" is.
      createdAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'password_history', underscored: true, timestamps: false },
  );
}
