import { DataTypes, type QueryInterface } from 'sequelize';

/**
 * What the collector runtime needs to run for real: node reachability (a streak of failed
 * polls), the reason an interval was left unknown, every uplink state change with its reason,
 * and the coordination of several collector processes (instances with heartbeats, leases over
 * partitions of nodes). Poll cycles also record their group, interval and overrun.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  await addNodeReachability(queryInterface);
  await addSkipReason(queryInterface);
  await createUplinkStateChanges(queryInterface);
  await createCollectorInstances(queryInterface);
  await createCollectorLeases(queryInterface);
  await addCycleSchedule(queryInterface);
}

async function addNodeReachability(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.addColumn('nodes', 'reachability', {
    type: DataTypes.STRING(16),
    allowNull: false,
    defaultValue: 'unknown',
  });
  await queryInterface.addColumn('nodes', 'consecutive_failures', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await queryInterface.addColumn('nodes', 'unreachable_since', {
    type: DataTypes.DATE(3),
    allowNull: true,
  });
  await queryInterface.addColumn('nodes', 'collector_id', {
    type: DataTypes.STRING(64),
    allowNull: true,
  });
  await queryInterface.addIndex('nodes', ['reachability']);
}

async function addSkipReason(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.addColumn('interface_counter_states', 'last_skip_reason', {
    type: DataTypes.STRING(32),
    allowNull: true,
  });
  await queryInterface.addColumn('interface_counter_states', 'last_skip_at', {
    type: DataTypes.DATE(3),
    allowNull: true,
  });
}

async function createUplinkStateChanges(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('uplink_state_changes', {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    uplink_id: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: { model: 'uplinks', key: 'id' },
      onDelete: 'CASCADE',
    },
    changed_at: { type: DataTypes.DATE(3), allowNull: false },
    // Null on an uplink's first evaluation: there was no state before.
    from_state: { type: DataTypes.STRING(32), allowNull: true },
    to_state: { type: DataTypes.STRING(32), allowNull: false },
    reason_code: { type: DataTypes.STRING(32), allowNull: false },
    reason_params: { type: DataTypes.TEXT, allowNull: false },
    reason_text: { type: DataTypes.STRING(255), allowNull: false },
  });
  await queryInterface.addIndex('uplink_state_changes', ['uplink_id', 'changed_at']);
  await queryInterface.addIndex('uplink_state_changes', ['changed_at']);
}

async function createCollectorInstances(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('collector_instances', {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    hostname: { type: DataTypes.STRING(255), allowNull: false },
    pid: { type: DataTypes.INTEGER, allowNull: false },
    version: { type: DataTypes.STRING(32), allowNull: false },
    started_at: { type: DataTypes.DATE(3), allowNull: false },
    heartbeat_at: { type: DataTypes.DATE(3), allowNull: false },
    stopped_at: { type: DataTypes.DATE(3), allowNull: true },
    nodes_assigned: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    // JSON: per poll group its interval and last cycle (see CollectorInstance in the models).
    poll_groups: { type: DataTypes.TEXT, allowNull: false },
    buffered_samples: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    dropped_samples: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
    // Added beyond the contract: which instance runs the exclusive jobs, and how many node
    // partitions it holds, so the status page needs no second query.
    is_coordinator: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    partitions_held: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  });
  await queryInterface.addIndex('collector_instances', ['heartbeat_at']);
}

async function createCollectorLeases(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('collector_leases', {
    // 0..P-1: the partition of nodes whose id mod P equals it. -1: the coordinator lease.
    partition_no: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: false },
    holder_id: { type: DataTypes.STRING(64), allowNull: true },
    expires_at: { type: DataTypes.DATE(3), allowNull: true },
    acquired_at: { type: DataTypes.DATE(3), allowNull: true },
    // Added beyond the contract: 'nodes' or 'coordinator', so readers need not know the -1
    // convention; and a fencing epoch, raised at every change of holder, that writes check.
    purpose: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'nodes' },
    epoch: { type: DataTypes.BIGINT, allowNull: false, defaultValue: 0 },
  });
}

async function addCycleSchedule(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.addColumn('collector_cycles', 'poll_group', {
    type: DataTypes.STRING(32),
    allowNull: true,
  });
  await queryInterface.addColumn('collector_cycles', 'interval_seconds', {
    type: DataTypes.INTEGER,
    allowNull: true,
  });
  await queryInterface.addColumn('collector_cycles', 'overrun_ms', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await queryInterface.addColumn('collector_cycles', 'buffered', {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: false,
  });
  // Added beyond the contract: ticks of this group skipped because its previous cycle still ran.
  await queryInterface.addColumn('collector_cycles', 'skipped_ticks', {
    type: DataTypes.INTEGER,
    allowNull: false,
    defaultValue: 0,
  });
  await queryInterface.addIndex('collector_cycles', ['poll_group', 'started_at']);
}
