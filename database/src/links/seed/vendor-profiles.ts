import { NodeVendor } from '../choices';
import { pickWeighted } from './seeded-random';

/** Port speeds a seeded uplink circuit can be patched into, Mbit/s (ifHighSpeed). */
export const PORT_SPEEDS_MBPS = [1_000, 10_000, 100_000] as const;
export type PortSpeedMbps = (typeof PORT_SPEEDS_MBPS)[number];

interface VendorProfile {
  /** Name of front-panel port `port` (1-based) of the given speed, as the device reports ifName. */
  portName(speedMbps: PortSpeedMbps, port: number): string;
  managementPortName: string;
}

/**
 * How each vendor names its interfaces (ifName) on the box classes used at these sites:
 * Huawei S/AR (slot/card/port), H3C Comware (member/slot/port), Ruijie RGOS (slot/port, with a
 * space) and ZTE ZXR10 (shelf/slot/card/port). LoopBack0 is spelled alike everywhere: the
 * contract names it so.
 */
const PROFILES: Record<NodeVendor, VendorProfile> = {
  Huawei: {
    portName: (speed, port) =>
      `${{ 1000: 'GigabitEthernet', 10000: 'XGigabitEthernet', 100000: '100GE' }[speed]}0/0/${port}`,
    managementPortName: 'MEth0/0/1',
  },
  H3C: {
    portName: (speed, port) =>
      `${{ 1000: 'GigabitEthernet', 10000: 'Ten-GigabitEthernet', 100000: 'HundredGigE' }[speed]}1/0/${port}`,
    managementPortName: 'M-GigabitEthernet0/0/0',
  },
  Ruijie: {
    portName: (speed, port) =>
      `${{ 1000: 'GigabitEthernet', 10000: 'TenGigabitEthernet', 100000: 'HundredGigabitEthernet' }[speed]} 0/${port}`,
    managementPortName: 'Mgmt 0',
  },
  ZTE: {
    portName: (speed, port) =>
      `${{ 1000: 'gei', 10000: 'xgei', 100000: 'cgei' }[speed]}-0/1/0/${port}`,
    managementPortName: 'mgmt_eth',
  },
};

export const LOOPBACK_NAME = 'LoopBack0';

/** Rough market shares in Chinese government networks. */
const VENDOR_WEIGHTS = [
  { value: NodeVendor.Huawei, weight: 40 },
  { value: NodeVendor.H3C, weight: 30 },
  { value: NodeVendor.Ruijie, weight: 15 },
  { value: NodeVendor.ZTE, weight: 15 },
];

export function chooseVendor(random: () => number): NodeVendor {
  return pickWeighted(random, VENDOR_WEIGHTS);
}

/** The slowest standard port that carries the contracted bandwidth (a 200M circuit → GE). */
export function portSpeedFor(contractedMbps: number): PortSpeedMbps {
  return PORT_SPEEDS_MBPS.find((speed) => speed >= contractedMbps) ?? 100_000;
}

export function uplinkPortName(vendor: NodeVendor, speedMbps: PortSpeedMbps, port: number): string {
  return PROFILES[vendor].portName(speedMbps, port);
}

export function managementPortName(vendor: NodeVendor): string {
  return PROFILES[vendor].managementPortName;
}
