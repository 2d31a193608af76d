import { AUDIT_CSV_COLUMNS, CSV_BOM, auditCsvHeader, auditCsvRow, csvCell } from './audit-csv';
import type { AuditEventView } from './audit.schemas';

describe('csvCell', () => {
  it('when a cell starts like a formula, then a leading apostrophe defuses it', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });

  it('when a cell holds quotes, commas or newlines, then it is quoted with quotes doubled', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('="x",y')).toBe('"\'=""x"",y"');
  });

  it('when a cell is plain, Chinese, a number or empty, then it is written as is', () => {
    expect(csvCell('随州市曾都区')).toBe('随州市曾都区');
    expect(csvCell('nodes.create')).toBe('nodes.create');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('the audit CSV', () => {
  const event: AuditEventView = {
    id: 3,
    occurredAt: '2026-03-01T02:03:04.005Z',
    accountId: 9,
    username: '=HYPERLINK("http://evil")',
    sourceAddress: '10.42.13.5',
    userAgent: 'Mozilla/5.0 (X11, Linux)',
    action: 'nodes.update',
    objectType: 'nodes',
    objectId: '-1',
    before: { hostname: '旧' },
    after: null,
    result: 'success',
    requestId: 'r-1',
    hashAlg: 'hmac-sm3',
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
  };

  it('when the header is written, then it starts with the UTF-8 BOM and has every column', () => {
    const header = auditCsvHeader();
    expect(header.startsWith(CSV_BOM)).toBeTrue();
    expect(header.endsWith('\r\n')).toBeTrue();
    expect(header.slice(1).trimEnd().split(',').length).toBe(AUDIT_CSV_COLUMNS.length);
    expect(Buffer.from(header, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('when a row is written, then hostile cells are defused and JSON is quoted', () => {
    const row = auditCsvRow(event);
    expect(row).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(row).toContain(",'-1,");
    expect(row).toContain('"{""hostname"":""旧""}"');
    expect(row).toContain('"Mozilla/5.0 (X11, Linux)"');
    expect(row.endsWith('\r\n')).toBeTrue();
  });
});
