import { DataTypes, type QueryInterface } from 'sequelize';

/** Poll-cycle records, so the console can show how the collectors keep up. */
export async function up(queryInterface: QueryInterface): Promise<void> {
  await queryInterface.createTable('collector_cycles', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    collector_id: { type: DataTypes.STRING(64), allowNull: false },
    started_at: { type: DataTypes.DATE(3), allowNull: false },
    finished_at: { type: DataTypes.DATE(3), allowNull: false },
    duration_ms: { type: DataTypes.INTEGER, allowNull: false },
    nodes_polled: { type: DataTypes.INTEGER, allowNull: false },
    nodes_failed: { type: DataTypes.INTEGER, allowNull: false },
    samples_stored: { type: DataTypes.INTEGER, allowNull: false },
    uplinks_evaluated: { type: DataTypes.INTEGER, allowNull: false },
  });
  await queryInterface.addIndex('collector_cycles', ['started_at']);
}
