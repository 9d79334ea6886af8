import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface DecodedDocument {
  text: string;
  /** The encoding the bytes were decoded with (canonical name). */
  encoding: string;
  /** Where that encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'utf-8 check' | 'fallback';
}

export interface DecodeHints {
  /** `charset` parameter of the Content-Type header. */
  httpCharset: string | null;
  /** Look for `<meta charset>` / `http-equiv` / `<?xml encoding?>` declarations. */
  html: boolean;
}

/** Bytes scanned for a meta declaration; browsers stop at 1024, real pages put it after long head scripts. */
const META_PRESCAN_BYTES = 8192;

/**
 * Decodes a web document the way browsers do, with one deliberate difference: a declared legacy charset is only
 * believed if the bytes are not valid UTF-8, since sites often declare one encoding and serve UTF-8.
 *
 * Order: byte order mark, then the HTTP charset, then an in-document declaration, then a UTF-8 validity check, then
 * windows-1252. Invalid sequences become U+FFFD; nothing here throws on bad input.
 */
export function decodeDocument(bytes: Uint8Array, hints: DecodeHints): DecodedDocument {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = detectBom(buffer);
  if (bom) return { text: decodeWith(buffer.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: 'bom' };

  const fromHttp = canonicalEncoding(hints.httpCharset);
  const fromMeta = fromHttp === null && hints.html ? metaDeclaredEncoding(buffer) : null;
  const declared = fromHttp ?? fromMeta;
  const declaredSource = fromHttp !== null ? 'http' : 'meta';

  if (declared !== null && !isAsciiCompatible(declared)) {
    return { text: decodeWith(buffer, declared), encoding: declared, source: declaredSource };
  }
  if (isUtf8(buffer) && (declared === null || declared === 'utf-8' || !isAscii(buffer))) {
    const source = declared === 'utf-8' ? declaredSource : 'utf-8 check';
    return { text: decodeWith(buffer, 'utf-8'), encoding: 'utf-8', source };
  }
  if (declared !== null) return { text: decodeWith(buffer, declared), encoding: declared, source: declaredSource };
  const encoding = mostlyUtf8(buffer) ? 'utf-8' : 'windows-1252';
  return { text: decodeWith(buffer, encoding), encoding, source: 'fallback' };
}

/**
 * Maps a charset label to the encoding browsers actually use for it (WHATWG Encoding Standard: `iso-8859-1` and
 * `ascii` mean windows-1252, `gb2312` means GBK/gb18030, `shift_jis` means windows-31j …). Null for unknown labels.
 */
export function canonicalEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const alias = WHATWG_ALIASES[name];
  if (alias) return alias;
  if (iconv.encodingExists(name) || textDecoderSupports(name)) return name;
  return null;
}

const WHATWG_ALIASES: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  unicode: 'utf-16le',
  'utf-16be': 'utf-16be',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  csgb2312: 'gb18030',
  gb18030: 'gb18030',
  shift_jis: 'windows-31j',
  'shift-jis': 'windows-31j',
  sjis: 'windows-31j',
  'x-sjis': 'windows-31j',
  ms_kanji: 'windows-31j',
  'windows-31j': 'windows-31j',
  csshiftjis: 'windows-31j',
  'euc-kr': 'cp949',
  'ks_c_5601-1987': 'cp949',
  'windows-949': 'cp949',
  big5: 'big5hkscs',
  'big5-hkscs': 'big5hkscs',
  'x-x-big5': 'big5hkscs',
};

/** Encodings where ASCII bytes do not mean ASCII text, so "the bytes are valid UTF-8" proves nothing. */
const NON_ASCII_COMPATIBLE = /^(utf-16(le|be)|utf-7|iso-2022-|hz-gb-2312)/;

function isAsciiCompatible(encoding: string): boolean {
  return !NON_ASCII_COMPATIBLE.test(encoding);
}

function detectBom(bytes: Buffer): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeWith(bytes: Buffer, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (iconv.encodingExists(encoding)) return iconv.decode(bytes, encoding, { stripBOM: false });
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function textDecoderSupports(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Buffer): boolean {
  return !bytes.some((byte) => byte >= 0x80);
}

/**
 * For undeclared bytes that are not valid UTF-8: still UTF-8 (with a few broken sequences) if correctly encoded
 * multi-byte characters outnumber the broken ones; otherwise a legacy single-byte page.
 */
function mostlyUtf8(bytes: Buffer): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let decoded = 0;
  let broken = 0;
  for (const character of text) {
    if (character === '\uFFFD') broken++;
    else if (character.charCodeAt(0) >= 0x80) decoded++;
  }
  return decoded > broken;
}

/** Finds `<?xml encoding>`, `<meta charset>` or `<meta http-equiv="content-type" content="…; charset=…">`. */
function metaDeclaredEncoding(bytes: Buffer): string | null {
  const head = bytes.subarray(0, META_PRESCAN_BYTES).toString('latin1');
  const xmlDeclaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xmlDeclaration) return declaredInDocument(xmlDeclaration[1]);
  for (const tag of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attributes = parseAttributes(tag[1] ?? '');
    const charset = attributes.get('charset');
    if (charset !== undefined) return declaredInDocument(charset);
    const content = attributes.get('content');
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type' && content !== undefined) {
      const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(content);
      if (match) return declaredInDocument(match[1]);
    }
  }
  return null;
}

/** A document cannot really be UTF-16 if its own ASCII declaration was readable: browsers treat that as UTF-8. */
function declaredInDocument(label: string | undefined): string | null {
  const encoding = canonicalEncoding(label);
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([^\s=/>"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const name = match[1]?.toLowerCase();
    if (name === undefined || attributes.has(name)) continue;
    attributes.set(name, (match[2] ?? '').replace(/^["']|["']$/g, ''));
  }
  return attributes;
}
