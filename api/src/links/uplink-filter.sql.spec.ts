import { uplinkOrderBy, uplinkWhere } from './uplink-filter.sql';
import { UplinkListQuerySchema } from './uplinks.schemas';

describe('uplink filter SQL', () => {
  it('when user text is filtered on, then it reaches SQL only as replacements', () => {
    const hostile = "x' OR 1=1 --";
    const where = uplinkWhere({ q: hostile, cityCode: hostile, levels: ['county'] });
    expect(where.sql).not.toContain(hostile);
    expect(where.replacements['qContains']).toBe(`%${hostile}%`);
    expect(where.replacements['cityCode']).toBe(hostile);
    expect(where.usesChildUnit).toBeTrue();
  });

  it('when only uplink columns are filtered and sorted, then the child unit is not joined', () => {
    expect(uplinkWhere({ states: ['down'], parentCode: '4201' }).usesChildUnit).toBeFalse();
    expect(uplinkOrderBy('utilisation', 'desc').usesChildUnit).toBeFalse();
    expect(uplinkOrderBy('name', 'asc').usesChildUnit).toBeTrue();
  });

  it('when an empty id list is given, then no row matches (no invalid IN ())', () => {
    expect(uplinkWhere({ ids: [] }).sql).toBe('WHERE 1 = 0');
  });

  it('when a nullable column is sorted ascending, then NULLs are pushed last', () => {
    expect(uplinkOrderBy('utilisation', 'asc').sql).toBe(
      'ORDER BY (u.utilisation IS NULL) ASC, u.utilisation ASC, u.child_unit_code ASC',
    );
    expect(uplinkOrderBy('utilisation', 'desc').sql).toBe(
      'ORDER BY u.utilisation DESC, u.child_unit_code ASC',
    );
  });

  it('when state or level is sorted, then a CASE rank makes the order the same on every database', () => {
    expect(uplinkOrderBy('state', 'asc').sql).toContain("CASE u.state WHEN 'compliant' THEN 0");
    expect(uplinkOrderBy('level', 'asc').sql).toContain("WHEN 'province' THEN 0");
  });

  it('when a sort field is not allow-listed, then the query schema refuses it', () => {
    const result = UplinkListQuerySchema.safeParse({ sort: 'c.name; DROP TABLE uplinks' });
    expect(result.success).toBeFalse();
    expect(result.error!.issues[0]!.path).toEqual(['sort']);
  });

  it('when nothing is given, then defaults are code ascending, page 1 of 25', () => {
    expect(UplinkListQuerySchema.parse({})).toEqual({
      sort: 'code',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });
});
