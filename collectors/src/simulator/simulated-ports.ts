import * as iconv from 'iconv-lite';
import type { SimulatedInterfaceSpec, SimulatedNodeSpec } from './simulated-node';

/**
 * What a simulated port looks like in a walk, vendor by vendor: access ports beside the
 * uplinks, ifDescr, MAC addresses from the vendor's own OUI, and the bytes of ifAlias. Older
 * H3C (Comware 5) and ZTE boxes store Chinese descriptions in GBK and send those bytes as
 * they are; Huawei VRP 8 and Ruijie RGOS 11 send UTF-8.
 */
interface VendorPorts {
  accessPortName(port: number): string;
  describe(ifName: string): string;
  oui: [number, number, number];
  aliasEncoding: 'utf8' | 'gbk';
}

const VENDORS: Record<string, VendorPorts> = {
  huawei: {
    accessPortName: (port) => `GigabitEthernet0/0/${port}`,
    describe: (ifName) => ifName,
    oui: [0x00, 0xe0, 0xfc],
    aliasEncoding: 'utf8',
  },
  h3c: {
    accessPortName: (port) => `GigabitEthernet1/0/${port}`,
    describe: (ifName) => `${ifName} Interface`,
    oui: [0x3c, 0x8c, 0x40],
    aliasEncoding: 'gbk',
  },
  ruijie: {
    accessPortName: (port) => `GigabitEthernet 0/${port}`,
    describe: (ifName) => ifName,
    oui: [0x00, 0xd0, 0xf8],
    aliasEncoding: 'utf8',
  },
  zte: {
    accessPortName: (port) => `gei-0/1/0/${port}`,
    describe: (ifName) => ifName,
    oui: [0x00, 0x19, 0xc6],
    aliasEncoding: 'gbk',
  },
};

const GENERIC: VendorPorts = {
  accessPortName: (port) => `eth${port}`,
  describe: (ifName) => ifName,
  oui: [0x02, 0x00, 0x00],
  aliasEncoding: 'utf8',
};

/** The access ports every simulated node has besides its uplinks: office LAN, cameras, Wi-Fi. */
const ACCESS_PORTS = [
  { port: 10, alias: '接入-办公网' },
  { port: 11, alias: '接入-视频会议' },
  { port: 12, alias: null },
];

function vendorPorts(vendor: string | null): VendorPorts {
  return VENDORS[(vendor ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')] ?? GENERIC;
}

/**
 * Adds the vendor's access ports to a node read from the database, at the next free
 * ifIndexes, unless a port of that name is already stored (a discovery copied it there).
 * Their interface ids are negative, derived from node and port, so they never meet a row id.
 */
export function withAccessPorts(spec: SimulatedNodeSpec): SimulatedNodeSpec {
  const ports = vendorPorts(spec.vendor);
  const names = new Set(spec.interfaces.map((iface) => iface.ifName));
  let nextIfIndex = Math.max(0, ...spec.interfaces.map((iface) => iface.ifIndex)) + 1;
  const added: SimulatedInterfaceSpec[] = [];
  for (const { port, alias } of ACCESS_PORTS) {
    const ifName = ports.accessPortName(port);
    if (names.has(ifName)) continue;
    const ifIndex = nextIfIndex++;
    added.push({
      interfaceId: -(spec.nodeId * 1_000 + ifIndex),
      ifIndex,
      ifName,
      ifAlias: alias,
      speedMbps: 1_000,
      member: null,
    });
  }
  return { ...spec, interfaces: [...spec.interfaces, ...added] };
}

export function simulatedIfDescr(vendor: string | null, ifName: string): string {
  return vendorPorts(vendor).describe(ifName);
}

/** ifAlias as the vendor's gear sends it: UTF-8, or GBK on older domestic boxes. */
export function simulatedIfAliasOctets(vendor: string | null, ifAlias: string | null): Buffer {
  const text = ifAlias ?? '';
  return vendorPorts(vendor).aliasEncoding === 'gbk'
    ? iconv.encode(text, 'gbk')
    : Buffer.from(text, 'utf8');
}

/** A stable MAC per node and port; loopbacks have none (an empty ifPhysAddress). */
export function simulatedPhysAddress(
  vendor: string | null,
  nodeId: number,
  ifIndex: number,
  isLoopback: boolean,
): Buffer {
  if (isLoopback) return Buffer.alloc(0);
  const [a, b, c] = vendorPorts(vendor).oui;
  return Buffer.from([a, b, c, (nodeId >> 8) & 0xff, nodeId & 0xff, ifIndex & 0xff]);
}
