import { TextEncoding } from '@extranet/database';
import * as iconv from 'iconv-lite';

/** A DisplayString / SnmpAdminString as it can be stored: text, or hex when no encoding fits. */
export interface DecodedText {
  text: string;
  /** True when `text` is the bytes as lowercase hex because they decode in no tried encoding. */
  isHex: boolean;
  /** The encoding that fitted, null for hex. */
  encoding: ConcreteEncoding | null;
}

type ConcreteEncoding = Exclude<TextEncoding, 'auto'>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes SNMP text from its raw octets, never guessing into mojibake:
 *  - `auto`: strict UTF-8 first (ASCII is UTF-8), then GB18030 (superset of GBK and GB2312, the
 *    encodings of Huawei, H3C, Ruijie and ZTE gear configured in Chinese);
 *  - a forced encoding (the node's override) is the only one tried.
 * Bytes that fit none are kept as hex with `isHex`, so nothing is lost and nothing is garbled.
 * Trailing NULs (C-string padding some agents send) are dropped first; other control
 * characters than TAB, CR and LF mean the value is binary, not text.
 */
export function decodeSnmpText(
  octets: Buffer,
  encoding: TextEncoding = TextEncoding.Auto,
): DecodedText {
  const bytes = withoutTrailingNuls(octets);
  const tried: ConcreteEncoding[] =
    encoding === TextEncoding.Auto ? [TextEncoding.Utf8, TextEncoding.Gb18030] : [encoding];
  for (const candidate of tried) {
    const text = decodeStrictly(bytes, candidate);
    if (text !== null && !hasControlCharacters(text)) {
      return { text, isHex: false, encoding: candidate };
    }
  }
  return { text: bytes.toString('hex'), isHex: true, encoding: null };
}

/** Null when the bytes are not valid in that encoding. */
function decodeStrictly(bytes: Buffer, encoding: ConcreteEncoding): string | null {
  if (encoding === TextEncoding.Utf8) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return null;
    }
  }
  // iconv-lite replaces what it cannot decode with U+FFFD instead of throwing; a replacement
  // character in the output therefore means "not this encoding". (A real U+FFFD in the data
  // would have been valid UTF-8 and never reach here.)
  const text = iconv.decode(bytes, encoding, { stripBOM: false });
  return text.includes('\ufffd') ? null : text;
}

function withoutTrailingNuls(octets: Buffer): Buffer {
  let end = octets.length;
  while (end > 0 && octets[end - 1] === 0) end--;
  return octets.subarray(0, end);
}

// C0 controls except TAB (09), LF (0a) and CR (0d), DEL, and the C1 range.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/**
 * Cuts decoded text to a column's width in characters, never inside a surrogate pair (a
 * GB18030 four-byte character outside the BMP is two UTF-16 code units).
 */
export function fitColumn(text: string, maxCharacters: number): string {
  const characters = Array.from(text);
  return characters.length <= maxCharacters ? text : characters.slice(0, maxCharacters).join('');
}
