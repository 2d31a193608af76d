import { DataTypes, type QueryInterface } from 'sequelize';
import { SNMP_VERSIONS, UNIT_LEVELS, UPLINK_STATES } from '../links/choices';

/**
 * The extranet core: administrative units, nodes, interfaces, tier policies, uplinks and their
 * member circuits, raw counter state and interface samples.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  const timestamps = {
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  };

  await queryInterface.createTable('admin_units', {
    code: { type: DataTypes.STRING(12), primaryKey: true },
    name: { type: DataTypes.STRING(64), allowNull: false },
    level: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
    parent_code: {
      type: DataTypes.STRING(12),
      allowNull: true,
      references: { model: 'admin_units', key: 'code' },
    },
    city_code: { type: DataTypes.STRING(12), allowNull: true },
    ...timestamps,
  });
  await queryInterface.addIndex('admin_units', ['parent_code']);
  await queryInterface.addIndex('admin_units', ['level', 'city_code']);

  await queryInterface.createTable('nodes', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    unit_code: {
      type: DataTypes.STRING(12),
      allowNull: false,
      unique: true,
      references: { model: 'admin_units', key: 'code' },
    },
    hostname: { type: DataTypes.STRING(128), allowNull: false },
    vendor: { type: DataTypes.STRING(32), allowNull: true },
    mgmt_address: { type: DataTypes.STRING(45), allowNull: false },
    snmp_port: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 161 },
    snmp_version: { type: DataTypes.ENUM(...SNMP_VERSIONS), allowNull: false, defaultValue: '2c' },
    snmp_community_sealed: { type: DataTypes.STRING(255), allowNull: false },
    text_encoding: { type: DataTypes.STRING(16), allowNull: true },
    is_polled: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    last_polled_at: { type: DataTypes.DATE(3), allowNull: true },
    last_poll_error: { type: DataTypes.STRING(255), allowNull: true },
    ...timestamps,
  });

  await queryInterface.createTable('interfaces', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    node_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'nodes', key: 'id' },
      onDelete: 'CASCADE',
    },
    if_index: { type: DataTypes.INTEGER, allowNull: false },
    if_name: { type: DataTypes.STRING(64), allowNull: false },
    if_alias: { type: DataTypes.STRING(255), allowNull: true },
    speed_mbps: { type: DataTypes.INTEGER, allowNull: true },
    oper_status: { type: DataTypes.TINYINT, allowNull: true },
    admin_status: { type: DataTypes.TINYINT, allowNull: true },
    ...timestamps,
  });
  await queryInterface.addIndex('interfaces', ['node_id', 'if_index'], { unique: true });

  await queryInterface.createTable('tier_policies', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    parent_level: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
    child_level: { type: DataTypes.ENUM(...UNIT_LEVELS), allowNull: false },
    name: { type: DataTypes.STRING(64), allowNull: false },
    members_required: { type: DataTypes.INTEGER, allowNull: false },
    member_bandwidth_mbps: { type: DataTypes.INTEGER, allowNull: false },
    is_plan_defined: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    ...timestamps,
  });
  await queryInterface.addIndex('tier_policies', ['parent_level', 'child_level'], { unique: true });

  await queryInterface.createTable('uplinks', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    child_unit_code: {
      type: DataTypes.STRING(12),
      allowNull: false,
      unique: true,
      references: { model: 'admin_units', key: 'code' },
    },
    parent_unit_code: {
      type: DataTypes.STRING(12),
      allowNull: false,
      references: { model: 'admin_units', key: 'code' },
    },
    tier_policy_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'tier_policies', key: 'id' },
    },
    state: { type: DataTypes.ENUM(...UPLINK_STATES), allowNull: false, defaultValue: 'unknown' },
    state_reason: { type: DataTypes.STRING(255), allowNull: true },
    state_changed_at: { type: DataTypes.DATE(3), allowNull: true },
    evaluated_at: { type: DataTypes.DATE(3), allowNull: true },
    in_bps: { type: DataTypes.BIGINT, allowNull: true },
    out_bps: { type: DataTypes.BIGINT, allowNull: true },
    utilisation: { type: DataTypes.DOUBLE, allowNull: true },
    ...timestamps,
  });
  await queryInterface.addIndex('uplinks', ['parent_unit_code']);
  await queryInterface.addIndex('uplinks', ['state']);

  await queryInterface.createTable('uplink_members', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    uplink_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'uplinks', key: 'id' },
      onDelete: 'CASCADE',
    },
    interface_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      unique: true,
      references: { model: 'interfaces', key: 'id' },
    },
    member_index: { type: DataTypes.INTEGER, allowNull: false },
    carrier: { type: DataTypes.STRING(32), allowNull: false },
    circuit_ref: { type: DataTypes.STRING(64), allowNull: true },
    contracted_mbps: { type: DataTypes.INTEGER, allowNull: false },
    last_in_bps: { type: DataTypes.BIGINT, allowNull: true },
    last_out_bps: { type: DataTypes.BIGINT, allowNull: true },
    last_oper_status: { type: DataTypes.TINYINT, allowNull: true },
    last_sampled_at: { type: DataTypes.DATE(3), allowNull: true },
    ...timestamps,
  });
  await queryInterface.addIndex('uplink_members', ['uplink_id', 'member_index'], { unique: true });

  await queryInterface.createTable('interface_counter_states', {
    interface_id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      references: { model: 'interfaces', key: 'id' },
      onDelete: 'CASCADE',
    },
    in_octets: { type: DataTypes.DECIMAL(20, 0), allowNull: false },
    out_octets: { type: DataTypes.DECIMAL(20, 0), allowNull: false },
    sys_uptime_ticks: { type: DataTypes.BIGINT, allowNull: false },
    read_at: { type: DataTypes.DATE(3), allowNull: false },
  });

  // Samples are the big table: clustered on (interface, time) so a chart reads one range scan.
  // No foreign key: at full depth it would cost an index lookup per inserted row.
  await queryInterface.createTable('interface_samples', {
    interface_id: { type: DataTypes.INTEGER, primaryKey: true },
    sampled_at: { type: DataTypes.DATE(3), primaryKey: true },
    interval_ms: { type: DataTypes.INTEGER, allowNull: false },
    in_bps: { type: DataTypes.BIGINT, allowNull: false },
    out_bps: { type: DataTypes.BIGINT, allowNull: false },
    oper_status: { type: DataTypes.TINYINT, allowNull: true },
  });
}
