import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A local account. Roles, departments and password history live in their own tables. */
export interface AccountAttributes {
  id: number;
  /** Stored lower case: sign-in is case-insensitive on every database. */
  username: string;
  displayName: string;
  /** argon2id PHC string; never returned, logged or audited. */
  passwordHash: string;
  passwordChangedAt: Date;
  /** Set for the initial and every reset password: the next sign-in must change it. */
  mustChangePassword: boolean;
  isDisabled: boolean;
  failedSignIns: number;
  lockedUntil: Date | null;
  /** The TOTP secret sealed with SecretBox; null = no second factor enrolled. */
  totpSecretSealed: string | null;
  /** Highest TOTP time step accepted, so a code cannot be used twice (replay guard). */
  totpLastStep: number | null;
  /** Root unit of the account's scope; null = the whole province. */
  scopeUnitCode: string | null;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type AccountCreation = Optional<
  AccountAttributes,
  | 'id'
  | 'mustChangePassword'
  | 'isDisabled'
  | 'failedSignIns'
  | 'lockedUntil'
  | 'totpSecretSealed'
  | 'totpLastStep'
  | 'scopeUnitCode'
  | 'lastSignInAt'
  | 'createdAt'
  | 'updatedAt'
>;

export interface AccountRow extends Model<AccountAttributes, AccountCreation>, AccountAttributes {}
export type AccountModel = ModelStatic<AccountRow>;

export function defineAccount(sequelize: Sequelize): AccountModel {
  return sequelize.define<AccountRow>(
    'Account',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
      displayName: { type: DataTypes.STRING(64), allowNull: false },
      passwordHash: { type: DataTypes.STRING(255), allowNull: false },
      passwordChangedAt: { type: DataTypes.DATE(3), allowNull: false },
      mustChangePassword: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      isDisabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      failedSignIns: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE(3), allowNull: true },
      totpSecretSealed: { type: DataTypes.STRING(255), allowNull: true },
      totpLastStep: { type: DataTypes.BIGINT, allowNull: true },
      scopeUnitCode: { type: DataTypes.STRING(12), allowNull: true },
      lastSignInAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: { type: DataTypes.DATE(3), allowNull: false },
      updatedAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'accounts', underscored: true },
  );
}
