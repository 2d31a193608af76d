import * as iconv from 'iconv-lite';
import { decodeSnmpText, fitColumn } from './snmp-text-decoding';

describe('decodeSnmpText', () => {
  const alias = '上联-随州市-电信-10G-HB2301';

  it('when the bytes are valid UTF-8, then they are read as UTF-8', () => {
    expect(decodeSnmpText(Buffer.from(alias, 'utf8'))).toEqual({
      text: alias,
      isHex: false,
      encoding: 'utf-8',
    });
  });

  it('when the bytes are GBK (older domestic gear), then auto falls back to GB18030', () => {
    const gbk = iconv.encode(alias, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeSnmpText(gbk)).toEqual({ text: alias, isHex: false, encoding: 'gb18030' });
  });

  it('when a GB18030 four-byte sequence is sent, then it decodes (outside GBK, even the BMP)', () => {
    // U+20087 (𠂇) and U+00C0 (À) exist in GB18030 only as four-byte sequences.
    const text = '机房𠂇À';
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.length).toBe(4 + 4 + 4);
    expect(decodeSnmpText(bytes)).toEqual({ text, isHex: false, encoding: 'gb18030' });
  });

  it('when the bytes are valid in neither, then they are kept as hex with a flag', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x81, 0x20, 0x41]);
    expect(decodeSnmpText(garbage)).toEqual({ text: 'fffe812041', isHex: true, encoding: null });
  });

  it('when the value is binary (control characters), then it is hex, not text', () => {
    expect(decodeSnmpText(Buffer.from([0x41, 0x01, 0x42]))).toEqual({
      text: '410142',
      isHex: true,
      encoding: null,
    });
  });

  it('when an agent pads with NULs, then they are dropped', () => {
    expect(decodeSnmpText(Buffer.from('LoopBack0\0\0', 'latin1')).text).toBe('LoopBack0');
  });

  it('when the node forces GB18030, then only GB18030 is tried', () => {
    expect(decodeSnmpText(iconv.encode(alias, 'gb18030'), 'gb18030').text).toBe(alias);
    expect(decodeSnmpText(Buffer.from([0x81, 0x20]), 'gb18030').isHex).toBeTrue();
  });

  it('when the node forces UTF-8, then GBK bytes are not guessed into another encoding', () => {
    const forced = decodeSnmpText(iconv.encode(alias, 'gbk'), 'utf-8');
    expect(forced.isHex).toBeTrue();
    expect(Buffer.from(forced.text, 'hex').equals(iconv.encode(alias, 'gbk'))).toBeTrue();
  });

  it('when the node forces Big5, then Big5 text decodes', () => {
    expect(decodeSnmpText(iconv.encode('機房', 'big5'), 'big5')).toEqual({
      text: '機房',
      isHex: false,
      encoding: 'big5',
    });
  });

  it('when the bytes are empty, then the text is empty', () => {
    expect(decodeSnmpText(Buffer.alloc(0))).toEqual({ text: '', isHex: false, encoding: 'utf-8' });
  });
});

describe('fitColumn', () => {
  it('when text is longer than the column, then it is cut between characters, not code units', () => {
    expect(fitColumn('ab𠂇c', 3)).toBe('ab𠂇');
    expect(fitColumn('abc', 3)).toBe('abc');
  });
});
