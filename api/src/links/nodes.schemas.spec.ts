import { NodeCreateSchema, NodePatchSchema } from './nodes.schemas';

describe('node schemas', () => {
  const valid = {
    unitCode: '420102',
    hostname: 'JA-CORE-01',
    mgmtAddress: '10.42.1.1',
    community: 'c0mmunity',
  };

  it('when the address is an IPv4 or IPv6 literal, then it is accepted', () => {
    for (const mgmtAddress of ['10.42.1.1', '2408:8766::1', '::1', 'fe80::1']) {
      expect(NodeCreateSchema.safeParse({ ...valid, mgmtAddress }).success)
        .withContext(mgmtAddress)
        .toBeTrue();
    }
  });

  it('when the address is not a literal, then the issue is on mgmtAddress', () => {
    for (const mgmtAddress of ['256.1.1.1', 'core.hb.gov', '10.1', '10.42.1.1/24', '']) {
      const result = NodeCreateSchema.safeParse({ ...valid, mgmtAddress });
      expect(result.error?.issues.map((issue) => issue.path.join('.')))
        .withContext(mgmtAddress)
        .toEqual(['mgmtAddress']);
    }
  });

  it('when the SNMP port is omitted, then it is 161', () => {
    expect(NodeCreateSchema.parse(valid).snmpPort).toBe(161);
  });

  it('when a patch is empty or names unknown fields, then it is refused', () => {
    expect(NodePatchSchema.safeParse({}).success).toBeFalse();
    expect(NodePatchSchema.safeParse({ unitCode: '4201' }).success).toBeFalse();
    expect(NodePatchSchema.safeParse({ isPolled: false }).success).toBeTrue();
  });
});
