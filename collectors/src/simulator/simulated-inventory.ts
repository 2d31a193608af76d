import { QueryTypes, type Sequelize } from 'sequelize';
import type { UnitLevel } from '@extranet/database';
import type { CommunityOpener } from '../links/community-opener';
import type { SimulatedInterfaceSpec, SimulatedNodeSpec } from './simulated-node';
import { withAccessPorts } from './simulated-ports';

interface NodeRow {
  id: number;
  unitCode: string;
  level: UnitLevel;
  hostname: string;
  vendor: string | null;
  mgmtAddress: string;
  snmpPort: number;
  communitySealed: string;
}

interface InterfaceRow {
  id: number;
  nodeId: number;
  ifIndex: number;
  ifName: string;
  ifAlias: string | null;
  speedMbps: number | null;
  memberIndex: number | null;
  contractedMbps: number | null;
}

/**
 * Reads the network to simulate: every node (polled or not — the network exists whether or not
 * we watch it) with its interfaces and the member circuits they carry. Two flat queries joined
 * in memory, written against the given connection rather than the global models.
 */
export async function loadSimulatedInventory(
  sequelize: Sequelize,
  secrets: CommunityOpener,
): Promise<SimulatedNodeSpec[]> {
  const nodes = await sequelize.query<NodeRow>(
    `SELECT n.id, n.unit_code AS unitCode, u.level, n.hostname, n.vendor,
            n.mgmt_address AS mgmtAddress, n.snmp_port AS snmpPort,
            n.snmp_community_sealed AS communitySealed
       FROM nodes n JOIN admin_units u ON u.code = n.unit_code
      ORDER BY n.id`,
    { type: QueryTypes.SELECT },
  );
  const interfaces = await sequelize.query<InterfaceRow>(
    `SELECT i.id, i.node_id AS nodeId, i.if_index AS ifIndex, i.if_name AS ifName,
            i.if_alias AS ifAlias, i.speed_mbps AS speedMbps,
            m.member_index AS memberIndex, m.contracted_mbps AS contractedMbps
       FROM interfaces i LEFT JOIN uplink_members m ON m.interface_id = i.id
      WHERE i.is_present = :isPresent
      ORDER BY i.node_id, i.if_index`,
    { type: QueryTypes.SELECT, replacements: { isPresent: true } },
  );

  const interfacesByNode = new Map<number, SimulatedInterfaceSpec[]>();
  for (const row of interfaces) {
    const list = interfacesByNode.get(row.nodeId) ?? [];
    list.push({
      interfaceId: row.id,
      ifIndex: row.ifIndex,
      ifName: row.ifName,
      ifAlias: row.ifAlias,
      speedMbps: row.speedMbps ?? 0,
      member:
        row.memberIndex !== null && row.contractedMbps !== null
          ? { memberIndex: row.memberIndex, contractedMbps: row.contractedMbps }
          : null,
    });
    interfacesByNode.set(row.nodeId, list);
  }

  // Ports discovery marked absent are gone from the device; the vendor's access ports exist
  // whether or not a discovery has stored them yet.
  return nodes.map((node) =>
    withAccessPorts({
      nodeId: node.id,
      unitCode: node.unitCode,
      level: node.level,
      hostname: node.hostname,
      vendor: node.vendor,
      mgmtAddress: node.mgmtAddress,
      snmpPort: node.snmpPort,
      community: secrets.open(node.communitySealed),
      interfaces: interfacesByNode.get(node.id) ?? [],
    }),
  );
}
