import { UnitLevel } from '@extranet/database';
import * as iconv from 'iconv-lite';
import {
  simulatedIfAliasOctets,
  simulatedIfDescr,
  simulatedPhysAddress,
  withAccessPorts,
} from './simulated-ports';
import type { SimulatedNodeSpec } from './simulated-node';

function node(vendor: string, interfaces: SimulatedNodeSpec['interfaces'] = []): SimulatedNodeSpec {
  return {
    nodeId: 7,
    unitCode: '421303',
    level: UnitLevel.County,
    hostname: 'HB-421303-R01',
    vendor,
    mgmtAddress: '127.20.0.7',
    snmpPort: 16161,
    community: 'c',
    interfaces,
  };
}

describe('simulated ports', () => {
  it('when a node is read from the database, then three access ports follow its stored ones', () => {
    const spec = withAccessPorts(
      node('H3C', [
        {
          interfaceId: 1,
          ifIndex: 4,
          ifName: 'M-GigabitEthernet0/0/0',
          ifAlias: null,
          speedMbps: 1000,
          member: null,
        },
      ]),
    );
    expect(spec.interfaces.map((i) => [i.ifIndex, i.ifName])).toEqual([
      [4, 'M-GigabitEthernet0/0/0'],
      [5, 'GigabitEthernet1/0/10'],
      [6, 'GigabitEthernet1/0/11'],
      [7, 'GigabitEthernet1/0/12'],
    ]);
    expect(spec.interfaces[1].interfaceId).toBe(-7005);
  });

  it('when a discovery already stored an access port, then it is not added twice', () => {
    const stored = {
      interfaceId: 9,
      ifIndex: 5,
      ifName: 'GigabitEthernet0/0/10',
      ifAlias: null,
      speedMbps: 1000,
      member: null,
    };
    const spec = withAccessPorts(node('Huawei', [stored]));
    expect(spec.interfaces.filter((i) => i.ifName === 'GigabitEthernet0/0/10').length).toBe(1);
    expect(spec.interfaces.length).toBe(3);
  });

  it('when the vendor is H3C or ZTE, then ifAlias goes out in GBK; Huawei and Ruijie in UTF-8', () => {
    const alias = '上联-随州市-电信';
    expect(simulatedIfAliasOctets('H3C', alias).equals(iconv.encode(alias, 'gbk'))).toBeTrue();
    expect(simulatedIfAliasOctets('ZTE', alias).equals(iconv.encode(alias, 'gbk'))).toBeTrue();
    expect(simulatedIfAliasOctets('Huawei', alias).toString('utf8')).toBe(alias);
    expect(simulatedIfAliasOctets('Ruijie', null).length).toBe(0);
  });

  it('when ports are described, then H3C appends "Interface" and MACs use the vendor OUI', () => {
    expect(simulatedIfDescr('H3C', 'GigabitEthernet1/0/1')).toBe('GigabitEthernet1/0/1 Interface');
    expect(simulatedPhysAddress('Huawei', 258, 2, false).toString('hex')).toBe('00e0fc010202');
    expect(simulatedPhysAddress('Huawei', 258, 3, true).length).toBe(0);
  });
});
