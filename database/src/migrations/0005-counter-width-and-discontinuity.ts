import { DataTypes, type QueryInterface } from 'sequelize';

/**
 * What the next interval needs besides the octets: which counter width was read (64-bit HC or
 * the 32-bit fallback), ifCounterDiscontinuityTime and snmpEngineTime at that read. Existing
 * rows were all read from HC counters, hence the default of 64.
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.addColumn('interface_counter_states', 'counter_bits', {
    type: DataTypes.SMALLINT,
    allowNull: false,
    defaultValue: 64,
  });
  await queryInterface.addColumn('interface_counter_states', 'discontinuity_ticks', {
    type: DataTypes.BIGINT,
    allowNull: true,
  });
  await queryInterface.addColumn('interface_counter_states', 'engine_time_seconds', {
    type: DataTypes.BIGINT,
    allowNull: true,
  });
}
