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
}
