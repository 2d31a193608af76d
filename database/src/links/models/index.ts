import type { Sequelize } from 'sequelize';
import { AdminUnit, defineAdminUnit } from './admin-unit.model';
import { ExtranetNode, defineExtranetNode } from './node.model';
import { NodeInterface, defineNodeInterface } from './interface.model';
import { TierPolicy, defineTierPolicy } from './tier-policy.model';
import { Uplink, defineUplink } from './uplink.model';
import { UplinkMember, defineUplinkMember } from './uplink-member.model';
import { InterfaceSample, defineInterfaceSample } from './interface-sample.model';
import {
  InterfaceCounterState,
  defineInterfaceCounterState,
} from './interface-counter-state.model';
import { CollectorCycle, defineCollectorCycle } from './collector-cycle.model';
import { UplinkStateChange, defineUplinkStateChange } from './uplink-state-change.model';
import {
  CollectorInstance,
  defineCollectorInstance,
  type CollectorPollGroupStatus,
} from './collector-instance.model';
import {
  CollectorLease,
  CollectorLeasePurpose,
  COORDINATOR_PARTITION,
  defineCollectorLease,
} from './collector-lease.model';
import { AlertRule, defineAlertRule } from './alert-rule.model';
import { Alert, defineAlert } from './alert.model';
import { AlertEvent, defineAlertEvent } from './alert-event.model';
import { AlertConditionTrack, defineAlertConditionTrack } from './alert-condition-track.model';
import {
  TrafficRollup5m,
  TrafficRollup1h,
  TrafficRollup1d,
  defineTrafficRollups,
} from './traffic-rollup.model';
import {
  TrafficRollupProgress,
  defineTrafficRollupProgress,
} from './traffic-rollup-progress.model';

export {
  AdminUnit,
  ExtranetNode,
  NodeInterface,
  TierPolicy,
  Uplink,
  UplinkMember,
  InterfaceSample,
  InterfaceCounterState,
  CollectorCycle,
  UplinkStateChange,
  CollectorInstance,
  CollectorLease,
  CollectorLeasePurpose,
  COORDINATOR_PARTITION,
  type CollectorPollGroupStatus,
  AlertRule,
  Alert,
  AlertEvent,
  AlertConditionTrack,
  TrafficRollup5m,
  TrafficRollup1h,
  TrafficRollup1d,
  TrafficRollupProgress,
};

/** Registers the links-domain models on a connection and wires their associations. */
export function defineLinksModels(sequelize: Sequelize): void {
  defineAdminUnit(sequelize);
  defineExtranetNode(sequelize);
  defineNodeInterface(sequelize);
  defineTierPolicy(sequelize);
  defineUplink(sequelize);
  defineUplinkMember(sequelize);
  defineInterfaceSample(sequelize);
  defineInterfaceCounterState(sequelize);
  defineCollectorCycle(sequelize);
  defineUplinkStateChange(sequelize);
  defineCollectorInstance(sequelize);
  defineCollectorLease(sequelize);
  defineAlertRule(sequelize);
  defineAlert(sequelize);
  defineAlertEvent(sequelize);
  defineAlertConditionTrack(sequelize);
  defineTrafficRollups(sequelize);
  defineTrafficRollupProgress(sequelize);

  AdminUnit.belongsTo(AdminUnit, { as: 'parent', foreignKey: 'parentCode' });
  AdminUnit.hasMany(AdminUnit, { as: 'children', foreignKey: 'parentCode' });
  AdminUnit.hasOne(ExtranetNode, { as: 'node', foreignKey: 'unitCode' });
  ExtranetNode.belongsTo(AdminUnit, { as: 'unit', foreignKey: 'unitCode' });
  ExtranetNode.hasMany(NodeInterface, { as: 'interfaces', foreignKey: 'nodeId' });
  NodeInterface.belongsTo(ExtranetNode, { as: 'node', foreignKey: 'nodeId' });
  Uplink.belongsTo(AdminUnit, { as: 'childUnit', foreignKey: 'childUnitCode' });
  Uplink.belongsTo(AdminUnit, { as: 'parentUnit', foreignKey: 'parentUnitCode' });
  AdminUnit.hasOne(Uplink, { as: 'uplink', foreignKey: 'childUnitCode' });
  Uplink.belongsTo(TierPolicy, { as: 'tier', foreignKey: 'tierPolicyId' });
  Uplink.hasMany(UplinkMember, { as: 'members', foreignKey: 'uplinkId' });
  UplinkMember.belongsTo(Uplink, { as: 'uplink', foreignKey: 'uplinkId' });
  UplinkMember.belongsTo(NodeInterface, { as: 'interface', foreignKey: 'interfaceId' });
  InterfaceSample.belongsTo(NodeInterface, { as: 'interface', foreignKey: 'interfaceId' });
  UplinkStateChange.belongsTo(Uplink, { as: 'uplink', foreignKey: 'uplinkId' });
}
