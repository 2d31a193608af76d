import { DataTypes, type Model, type ModelStatic, type Sequelize } from 'sequelize';

/**
 * A server-side session as connect-session-sequelize stores it (`sid`, `expires`, `data`) plus
 * the columns admins list and the timeouts need. `sid` is the bearer secret behind the cookie:
 * it is never shown; `publicId` names the session in the API instead.
 */
export interface AuthSessionAttributes {
  sid: string;
  expires: Date | null;
  data: string;
  publicId: string;
  /** Null for a visitor who has not signed in (the session only carries the CSRF token). */
  accountId: number | null;
  createdAt: Date;
  /** Null until activity is first recorded; the creation time stands in meanwhile. */
  lastSeenAt: Date | null;
  sourceAddress: string | null;
  userAgent: string | null;
}

export interface AuthSessionRow extends Model<AuthSessionAttributes>, AuthSessionAttributes {}
export type AuthSessionModel = ModelStatic<AuthSessionRow>;

/** Model name, also the `table` option connect-session-sequelize looks up. */
export const AUTH_SESSION_MODEL = 'AuthSession';

export function defineAuthSession(sequelize: Sequelize): AuthSessionModel {
  return sequelize.define<AuthSessionRow>(
    AUTH_SESSION_MODEL,
    {
      sid: { type: DataTypes.STRING(64), primaryKey: true },
      expires: { type: DataTypes.DATE(3), allowNull: true },
      data: { type: DataTypes.TEXT, allowNull: false },
      publicId: { type: DataTypes.STRING(36), allowNull: false, unique: true },
      accountId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: { type: DataTypes.DATE(3), allowNull: false },
      lastSeenAt: { type: DataTypes.DATE(3), allowNull: true },
      sourceAddress: { type: DataTypes.STRING(64), allowNull: true },
      userAgent: { type: DataTypes.STRING(255), allowNull: true },
    },
    // Times come from the API's clock (tests move it), so Sequelize must not stamp them.
    { tableName: 'sessions', underscored: true, timestamps: false },
  );
}
