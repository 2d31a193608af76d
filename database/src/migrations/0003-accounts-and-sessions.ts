import { DataTypes, type QueryInterface } from 'sequelize';
import { ROLES } from '../auth/choices';
import { SECURITY_POLICY_ROW_ID } from '../auth/models/security-policy.model';
import { DEFAULT_SECURITY_POLICY } from '../auth/security-policy';

/**
 * Accounts with their roles, department scope and password history; the security policy
 * profile (one row, created here with the defaults); and server-side sessions. No account is
 * created here: the launcher creates the first system admin with a one-time password.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  // A fresh definition per column: Sequelize annotates the objects it is given.
  const accountRef = () => ({
    type: DataTypes.INTEGER,
    allowNull: false,
    references: { model: 'accounts', key: 'id' },
    onDelete: 'CASCADE',
  });

  await queryInterface.createTable('accounts', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    display_name: { type: DataTypes.STRING(64), allowNull: false },
    password_hash: { type: DataTypes.STRING(255), allowNull: false },
    password_changed_at: { type: DataTypes.DATE(3), allowNull: false },
    must_change_password: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    is_disabled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    failed_sign_ins: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    locked_until: { type: DataTypes.DATE(3), allowNull: true },
    totp_secret_sealed: { type: DataTypes.STRING(255), allowNull: true },
    totp_last_step: { type: DataTypes.BIGINT, allowNull: true },
    scope_unit_code: {
      type: DataTypes.STRING(12),
      allowNull: true,
      references: { model: 'admin_units', key: 'code' },
    },
    last_sign_in_at: { type: DataTypes.DATE(3), allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
    updated_at: { type: DataTypes.DATE(3), allowNull: false },
  });

  await queryInterface.createTable('account_roles', {
    account_id: { ...accountRef(), primaryKey: true },
    role: { type: DataTypes.ENUM(...ROLES), allowNull: false, primaryKey: true },
  });
  await queryInterface.addIndex('account_roles', ['role']);

  await queryInterface.createTable('account_scope_departments', {
    account_id: { ...accountRef(), primaryKey: true },
    unit_code: {
      type: DataTypes.STRING(12),
      allowNull: false,
      primaryKey: true,
      references: { model: 'admin_units', key: 'code' },
    },
  });

  await queryInterface.createTable('password_history', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    account_id: accountRef(),
    password_hash: { type: DataTypes.STRING(255), allowNull: false },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await queryInterface.addIndex('password_history', ['account_id', 'created_at']);

  const whole = () => ({ type: DataTypes.INTEGER, allowNull: false });
  await queryInterface.createTable('security_policy', {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    password_min_length: whole(),
    password_min_classes: whole(),
    password_max_age_days: whole(),
    password_history: whole(),
    lockout_threshold: whole(),
    lockout_minutes: whole(),
    session_idle_minutes: whole(),
    session_absolute_hours: whole(),
    updated_by: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'accounts', key: 'id' },
    },
    updated_at: { type: DataTypes.DATE(3), allowNull: false },
  });
  await queryInterface.bulkInsert('security_policy', [
    {
      id: SECURITY_POLICY_ROW_ID,
      password_min_length: DEFAULT_SECURITY_POLICY.passwordMinLength,
      password_min_classes: DEFAULT_SECURITY_POLICY.passwordMinClasses,
      password_max_age_days: DEFAULT_SECURITY_POLICY.passwordMaxAgeDays,
      password_history: DEFAULT_SECURITY_POLICY.passwordHistory,
      lockout_threshold: DEFAULT_SECURITY_POLICY.lockoutThreshold,
      lockout_minutes: DEFAULT_SECURITY_POLICY.lockoutMinutes,
      session_idle_minutes: DEFAULT_SECURITY_POLICY.sessionIdleMinutes,
      session_absolute_hours: DEFAULT_SECURITY_POLICY.sessionAbsoluteHours,
      updated_by: null,
      updated_at: new Date(),
    },
  ]);

  await queryInterface.createTable('sessions', {
    sid: { type: DataTypes.STRING(64), primaryKey: true },
    expires: { type: DataTypes.DATE(3), allowNull: true },
    data: { type: DataTypes.TEXT, allowNull: false },
    public_id: { type: DataTypes.STRING(36), allowNull: false, unique: true },
    account_id: { ...accountRef(), allowNull: true },
    created_at: { type: DataTypes.DATE(3), allowNull: false },
    // Null until activity is first recorded; the creation time stands in meanwhile.
    last_seen_at: { type: DataTypes.DATE(3), allowNull: true },
    source_address: { type: DataTypes.STRING(64), allowNull: true },
    user_agent: { type: DataTypes.STRING(255), allowNull: true },
  });
  await queryInterface.addIndex('sessions', ['account_id']);
  await queryInterface.addIndex('sessions', ['expires']);
}
