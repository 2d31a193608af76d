import * as iconv from 'iconv-lite';
import type { VarBind } from 'snmp-native';
import { DiscoveryColumn, type DiscoveryColumnName } from './interface-walk-columns';
import { parseInterfaceColumns, parseSystemGroup } from './interface-walk-parsing';

const OCTET_STRING = 0x04;
const INTEGER = 0x02;
const GAUGE32 = 0x42;
const COUNTER32 = 0x41;
const OID = 0x06;

function cell(
  column: DiscoveryColumnName,
  ifIndex: number,
  type: number,
  raw: Buffer | number,
): VarBind {
  const valueRaw = typeof raw === 'number' ? unsignedOctets(raw) : raw;
  return {
    oid: [...DiscoveryColumn[column].oid.split('.').map(Number), ifIndex],
    type,
    value: typeof raw === 'number' ? raw : raw.toString('utf8'),
    valueRaw,
  } as unknown as VarBind;
}

function unsignedOctets(value: number): Buffer {
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

const text = (value: string) => Buffer.from(value, 'utf8');

describe('parseInterfaceColumns', () => {
  it('when a Huawei node answers its tables, then each row is decoded with MAC and speed', () => {
    const { interfaces, problems } = parseInterfaceColumns({
      ifName: [cell('ifName', 1, OCTET_STRING, text('XGigabitEthernet0/0/1'))],
      ifDescr: [cell('ifDescr', 1, OCTET_STRING, text('XGigabitEthernet0/0/1'))],
      ifAlias: [cell('ifAlias', 1, OCTET_STRING, iconv.encode('上联-随州市-电信-10G', 'gbk'))],
      ifType: [cell('ifType', 1, INTEGER, 6)],
      ifPhysAddress: [cell('ifPhysAddress', 1, OCTET_STRING, Buffer.from('00e0fc0a0b0c', 'hex'))],
      ifHighSpeed: [cell('ifHighSpeed', 1, GAUGE32, 10_000)],
      ifSpeed: [cell('ifSpeed', 1, GAUGE32, 4_294_967_295)],
      ifAdminStatus: [cell('ifAdminStatus', 1, INTEGER, 1)],
      ifOperStatus: [cell('ifOperStatus', 1, INTEGER, 2)],
    });
    expect(problems).toEqual([]);
    expect(interfaces).toEqual([
      {
        ifIndex: 1,
        ifName: 'XGigabitEthernet0/0/1',
        ifAlias: '上联-随州市-电信-10G',
        ifDescr: 'XGigabitEthernet0/0/1',
        ifType: 6,
        physAddress: '00:e0:fc:0a:0b:0c',
        speedMbps: 10_000,
        adminStatus: 1,
        operStatus: 2,
        hexTextFields: [],
      },
    ]);
  });

  it('when a value has the wrong SMI type, then it is ignored and named, never decoded', () => {
    const { interfaces, problems } = parseInterfaceColumns({
      ifName: [cell('ifName', 3, OCTET_STRING, text('GE0/0/3'))],
      ifHighSpeed: [cell('ifHighSpeed', 3, COUNTER32, 1000)],
      ifOperStatus: [cell('ifOperStatus', 3, OCTET_STRING, text('up'))],
    });
    expect(interfaces[0].speedMbps).toBeNull();
    expect(interfaces[0].operStatus).toBeNull();
    expect(problems).toEqual([
      'ifHighSpeed: 1 value(s) of type Counter32 ignored (expected Gauge32)',
      'ifOperStatus: 1 value(s) of type OCTET STRING ignored (expected INTEGER)',
    ]);
  });

  it('when an instance is not a plain ifIndex, then it is skipped and counted', () => {
    const odd = cell('ifName', 1, OCTET_STRING, text('x'));
    odd.oid.push(7);
    const { interfaces, problems } = parseInterfaceColumns({ ifName: [odd] });
    expect(interfaces).toEqual([]);
    expect(problems).toEqual(['ifName: 1 instance(s) not indexed by ifIndex']);
  });

  it('when ifName is missing (no ifXTable), then ifDescr names the row; neither → ifIndex n', () => {
    const { interfaces } = parseInterfaceColumns({
      ifDescr: [
        cell('ifDescr', 1, OCTET_STRING, text('eth0')),
        cell('ifDescr', 2, OCTET_STRING, text('')),
      ],
    });
    expect(interfaces.map((iface) => iface.ifName)).toEqual(['eth0', 'ifIndex 2']);
  });

  it('when ifAlias bytes decode in no encoding, then it is hex and flagged', () => {
    const { interfaces } = parseInterfaceColumns({
      ifName: [cell('ifName', 1, OCTET_STRING, text('GE0/0/1'))],
      ifAlias: [cell('ifAlias', 1, OCTET_STRING, Buffer.from([0xff, 0x81, 0x20]))],
    });
    expect(interfaces[0].ifAlias).toBe('ff8120');
    expect(interfaces[0].hexTextFields).toEqual(['ifAlias']);
  });

  it('when an ifStatus is out of range, then it is null and named', () => {
    const { interfaces, problems } = parseInterfaceColumns({
      ifAdminStatus: [cell('ifAdminStatus', 4, INTEGER, 9)],
    });
    expect(interfaces[0].adminStatus).toBeNull();
    expect(problems).toEqual(['ifAdminStatus.4: 9 is not an ifStatus']);
  });

  it('when only ifSpeed is known, then it gives the speed in Mbit/s', () => {
    const { interfaces } = parseInterfaceColumns({
      ifSpeed: [cell('ifSpeed', 1, GAUGE32, 100_000_000)],
      ifHighSpeed: [cell('ifHighSpeed', 1, GAUGE32, 0)],
    });
    expect(interfaces[0].speedMbps).toBe(100);
  });
});

describe('parseSystemGroup', () => {
  it('when the system group is answered, then sysDescr (GBK too), sysObjectID and sysName are read', () => {
    const system = parseSystemGroup([
      {
        oid: [1, 3, 6, 1, 2, 1, 1, 1, 0],
        type: OCTET_STRING,
        valueRaw: iconv.encode('华为路由器', 'gbk'),
      },
      { oid: [1, 3, 6, 1, 2, 1, 1, 2, 0], type: OID, value: [1, 3, 6, 1, 4, 1, 2011, 2, 62, 48] },
      { oid: [1, 3, 6, 1, 2, 1, 1, 5, 0], type: OCTET_STRING, valueRaw: text('HB-4213-R01') },
    ] as unknown as VarBind[]);
    expect(system).toEqual({
      sysDescr: '华为路由器',
      sysObjectId: '1.3.6.1.4.1.2011.2.62.48',
      sysName: 'HB-4213-R01',
      hexTextFields: [],
    });
  });

  it('when the scalars are missing or wrong-typed, then they are null', () => {
    const system = parseSystemGroup([
      { oid: [1, 3, 6, 1, 2, 1, 1, 1, 0], type: 0x80, valueRaw: Buffer.alloc(0) },
      { oid: [1, 3, 6, 1, 2, 1, 1, 2, 0], type: OCTET_STRING, valueRaw: text('1.3.6') },
    ] as unknown as VarBind[]);
    expect(system).toEqual({ sysDescr: null, sysObjectId: null, sysName: null, hexTextFields: [] });
  });
});
