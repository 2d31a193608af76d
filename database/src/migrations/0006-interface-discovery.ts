import { DataTypes, type DataType, type QueryInterface } from 'sequelize';

/**
 * Interface discovery (IF-MIB walk): what the node says it is (sysDescr, sysObjectID, sysName),
 * the state of its discovery (requested, running, last outcome), and per interface the columns
 * a walk reads besides name, alias, speed and status. An interface that disappears from the
 * walk but carries a circuit or history is kept and marked absent instead of deleted; it
 * gives up its ifIndex (stored as the negated row id) so that a new port may take the number
 * without breaking the unique (node_id, if_index).
 */
export async function up(queryInterface: QueryInterface): Promise<void> {
  const nullable = (type: DataType) => ({ type, allowNull: true });
  const nodeColumns: Record<string, ReturnType<typeof nullable>> = {
    // sysDescr is up to 255 octets; its hex form (undecodable bytes) up to 510 characters.
    sys_descr: nullable(DataTypes.STRING(512)),
    sys_object_id: nullable(DataTypes.STRING(128)),
    sys_name: nullable(DataTypes.STRING(255)),
    /** Comma list of the node's text columns stored as hex (see HexTextField). */
    hex_text_fields: nullable(DataTypes.STRING(64)),
    discovery_requested_at: nullable(DataTypes.DATE(3)),
    discovery_request_reason: nullable(DataTypes.STRING(32)),
    discovery_started_at: nullable(DataTypes.DATE(3)),
    discovery_finished_at: nullable(DataTypes.DATE(3)),
    discovery_outcome: nullable(DataTypes.STRING(16)),
    discovery_error: nullable(DataTypes.STRING(255)),
    /** JSON counts of the last walk: interfaces found, added, renumbered, absent, removed. */
    discovery_summary: nullable(DataTypes.STRING(255)),
  };
  for (const [name, column] of Object.entries(nodeColumns)) {
    await queryInterface.addColumn('nodes', name, column);
  }
  // The collector looks for pending requests every few seconds.
  await queryInterface.addIndex('nodes', ['discovery_requested_at']);

  const interfaceColumns: Record<string, ReturnType<typeof nullable>> = {
    if_descr: nullable(DataTypes.STRING(512)),
    if_type: nullable(DataTypes.INTEGER),
    /** ifPhysAddress as lowercase colon hex ("00:e0:fc:12:34:56"); null when empty. */
    phys_address: nullable(DataTypes.STRING(64)),
    hex_text_fields: nullable(DataTypes.STRING(64)),
    last_discovered_at: nullable(DataTypes.DATE(3)),
    absent_since: nullable(DataTypes.DATE(3)),
  };
  for (const [name, column] of Object.entries(interfaceColumns)) {
    await queryInterface.addColumn('interfaces', name, column);
  }
  await queryInterface.addColumn('interfaces', 'is_present', {
    type: DataTypes.BOOLEAN,
    allowNull: false,
    defaultValue: true,
  });
}
