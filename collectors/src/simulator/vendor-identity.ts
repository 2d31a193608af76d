import { UnitLevel } from '@extranet/database';

/** What a node says it is in sysDescr / sysObjectID, in its vendor's own words. */
export interface VendorIdentity {
  sysDescr: string;
  sysObjectID: string;
}

interface VendorFamily {
  /** Chassis by role: aggregation routers up top, access routers at the edge. */
  coreModel: string;
  edgeModel: string;
  describe(model: string): string;
  /** Enterprise OID of the product line; the model's own arc follows. */
  objectIdBase: string;
  coreArc: number;
  edgeArc: number;
}

const FAMILIES: Record<string, VendorFamily> = {
  huawei: {
    coreModel: 'NE40E-X8A',
    edgeModel: 'AR6280',
    describe: (model) =>
      'Huawei Versatile Routing Platform Software\r\n' +
      `VRP (R) software, Version 8.180 (${model} V800R011C00SPC200)\r\n` +
      'Copyright (C) 2012-2019 Huawei Technologies Co., Ltd.\r\n' +
      `HUAWEI ${model}`,
    objectIdBase: '1.3.6.1.4.1.2011.2.62',
    coreArc: 2,
    edgeArc: 48,
  },
  h3c: {
    coreModel: 'SR6608-X',
    edgeModel: 'MSR3620',
    describe: (model) =>
      'H3C Comware Platform Software, Software Version 7.1.064, Release 7585P05\r\n' +
      `H3C ${model}\r\n` +
      'Copyright (c) 2004-2021 New H3C Technologies Co., Ltd. All rights reserved.',
    objectIdBase: '1.3.6.1.4.1.25506.1',
    coreArc: 1652,
    edgeArc: 1307,
  },
  ruijie: {
    coreModel: 'RSR77-X',
    edgeModel: 'RSR20-X',
    describe: (model) =>
      `Ruijie Networks ${model} Router, RGOS 11.9(4)B5, Release(07212103)\r\n` +
      'Copyright (c) 2000-2021 by Ruijie Networks Co., Ltd.',
    objectIdBase: '1.3.6.1.4.1.4881.1.1.10.1',
    coreArc: 289,
    edgeArc: 262,
  },
  zte: {
    coreModel: 'ZXR10 M6000-8S Plus',
    edgeModel: 'ZXR10 ZXA10 5960',
    describe: (model) =>
      `${model}, ZTE ZXROS Software Version V5.00.10(5.60.2)\r\n` +
      'Copyright (c) 2000-2020 by ZTE Corporation',
    objectIdBase: '1.3.6.1.4.1.3902.3.100',
    coreArc: 38,
    edgeArc: 12,
  },
};

const CORE_LEVELS: ReadonlySet<UnitLevel> = new Set([
  UnitLevel.Province,
  UnitLevel.City,
  UnitLevel.County,
  UnitLevel.Department,
]);

export function vendorIdentity(vendor: string | null, level: UnitLevel): VendorIdentity {
  const family = FAMILIES[(vendor ?? '').toLowerCase().replace(/[^a-z0-9]/g, '')];
  if (!family) {
    return {
      sysDescr: `${vendor ?? 'Generic'} router`,
      sysObjectID: '1.3.6.1.4.1.8072.3.2.10', // NET-SNMP-TC::linux, the generic fallback
    };
  }
  const isCore = CORE_LEVELS.has(level);
  const model = isCore ? family.coreModel : family.edgeModel;
  return {
    sysDescr: family.describe(model),
    sysObjectID: `${family.objectIdBase}.${isCore ? family.coreArc : family.edgeArc}`,
  };
}
