import { DataTypes, Model, type Sequelize } from 'sequelize';

/**
 * The last raw counters read from an interface, so a restarted collector computes the next rate
 * from them instead of starting blind. Octet counters are kept as decimal strings: they are
 * 64-bit and exceed JavaScript's exact integer range.
 */
export class InterfaceCounterState extends Model {
  declare interfaceId: number;
  declare inOctets: string;
  declare outOctets: string;
  /** sysUpTime of the node at that read, hundredths of a second (to detect reboots). */
  declare sysUptimeTicks: number;
  /** 64 when read from ifHCIn/OutOctets, 32 when the interface fell back to ifIn/OutOctets. */
  declare counterBits: number;
  /** ifCounterDiscontinuityTime at that read; null when the agent does not implement it. */
  declare discontinuityTicks: number | null;
  /** snmpEngineTime at that read, seconds; null when the agent does not implement it. */
  declare engineTimeSeconds: number | null;
  declare readAt: Date;
  /** Why the last interval left unknown had no sample (an UnknownIntervalReason); null before any. */
  declare lastSkipReason: string | null;
  declare lastSkipAt: Date | null;
}

export function defineInterfaceCounterState(sequelize: Sequelize): typeof InterfaceCounterState {
  return InterfaceCounterState.init(
    {
      interfaceId: { type: DataTypes.INTEGER, primaryKey: true },
      inOctets: { type: DataTypes.DECIMAL(20, 0), allowNull: false },
      outOctets: { type: DataTypes.DECIMAL(20, 0), allowNull: false },
      sysUptimeTicks: { type: DataTypes.BIGINT, allowNull: false },
      counterBits: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 64 },
      discontinuityTicks: { type: DataTypes.BIGINT, allowNull: true },
      engineTimeSeconds: { type: DataTypes.BIGINT, allowNull: true },
      readAt: { type: DataTypes.DATE(3), allowNull: false },
      lastSkipReason: { type: DataTypes.STRING(32), allowNull: true },
      lastSkipAt: { type: DataTypes.DATE(3), allowNull: true },
    },
    { sequelize, tableName: 'interface_counter_states', underscored: true, timestamps: false },
  );
}
