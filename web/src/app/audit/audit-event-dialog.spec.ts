import { formatAuditValue } from './audit-event-dialog';

describe('formatAuditValue', () => {
  it('when the value is parsed JSON or JSON text, then it is indented the same way', () => {
    const expected = '{\n  "isPolled": false\n}';
    expect(formatAuditValue({ isPolled: false })).toBe(expected);
    expect(formatAuditValue('{"isPolled":false}')).toBe(expected);
  });

  it('when there is no value, then nothing is shown', () => {
    expect(formatAuditValue(null)).toBeNull();
    expect(formatAuditValue(undefined)).toBeNull();
    expect(formatAuditValue('')).toBeNull();
  });

  it('when the text is not JSON, then it is shown as it is', () => {
    expect(formatAuditValue('<b>not json</b>')).toBe('<b>not json</b>');
  });
});
