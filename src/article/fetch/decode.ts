import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedDocument {
  text: string;
  /** The encoding the bytes were decoded with (canonical name). */
  encoding: string;
  /** Where that encoding came from. */
  source: 'bom' | 'http' | 'meta' | 'utf-8 check' | 'sniffed' | 'fallback';
}

export interface DecodeHints {
  /** `charset` parameter of the Content-Type header. */
  httpCharset: string | null;
  /** Look for `<meta charset>` / `http-equiv` / `<?xml encoding?>` declarations. */
  html: boolean;
}

/** Bytes scanned for a meta declaration; browsers stop at 1024, real pages put it after long head scripts. */
const META_PRESCAN_BYTES = 8192;
/** Bytes of the document whose words are given to the encoding detector, and the most it is given (~0.6 ms per KB). */
const SNIFF_SCAN_BYTES = 1024 * 1024;
const SNIFF_SAMPLE_BYTES = 64 * 1024;
/**
 * Detector confidence (0–100) below which its guess is no better than windows-1252: on a few words ("Résumé") the
 * multi-byte recognisers all answer 10, having too few characters to judge.
 */
const MIN_SNIFF_CONFIDENCE = 20;

/**
 * Decodes a web document the way browsers do, with one deliberate difference: a declared legacy charset is only
 * believed if the bytes are not valid UTF-8, since sites often declare one encoding and serve UTF-8.
 *
 * Order: byte order mark, then the HTTP charset, then an in-document declaration, then a UTF-8 validity check, then
 * the encoding the bytes look like (undeclared Cyrillic, Japanese or Central European pages are common), then
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
  if (mostlyUtf8(buffer)) return { text: decodeWith(buffer, 'utf-8'), encoding: 'utf-8', source: 'fallback' };
  const sniffed = sniffEncoding(buffer, hints.html);
  if (sniffed !== null) return { text: decodeWith(buffer, sniffed), encoding: sniffed, source: 'sniffed' };
  return { text: decodeWith(buffer, 'windows-1252'), encoding: 'windows-1252', source: 'fallback' };
}

/**
 * The legacy encoding undeclared bytes look like, by the detector's byte and language statistics (`chardet`, a port
 * of ICU's detector), as the name browsers use for it. Only ASCII-compatible encodings that iconv-lite decodes are
 * taken; null when the detector has no confident guess among them.
 */
function sniffEncoding(bytes: Buffer, html: boolean): string | null {
  const sample = sniffSample(bytes, html);
  if (sample.length === 0) return null;
  let matches: ReturnType<typeof chardet.analyse>;
  try {
    matches = chardet.analyse(sample);
  } catch {
    return null;
  }
  for (const match of matches) {
    if (match.confidence < MIN_SNIFF_CONFIDENCE) break;
    const encoding = canonicalEncoding(match.name);
    if (encoding === null || encoding.startsWith('utf-') || !isAsciiCompatible(encoding)) continue;
    if (iconv.encodingExists(encoding)) return encoding;
  }
  return null;
}

/**
 * What the detector should judge: the words that hold non-ASCII bytes. Markup, scripts and ASCII words are left out,
 * since the detector's language statistics would read them as Western European text and outvote a Cyrillic or Central
 * European article. Splitting at whitespace and at `<` `>` never cuts a Shift_JIS or GBK character: their second
 * bytes are 0x40 or above.
 */
function sniffSample(bytes: Buffer, html: boolean): Buffer {
  // Scanned with indexOf jumps, never a backtracking pattern: a hostile page chooses these bytes.
  const source = bytes.subarray(0, SNIFF_SCAN_BYTES).toString('latin1');
  const lower = html ? source.toLowerCase() : source;
  const words: string[] = [];
  let length = 0;
  const takeWords = (text: string): boolean => {
    for (const word of text.split(/[\t\n\f\r ]+/)) {
      if (!/[\x80-\xff]/.test(word)) continue;
      words.push(word);
      length += word.length + 1;
      if (length >= SNIFF_SAMPLE_BYTES) return false;
    }
    return true;
  };
  for (let at = 0; at < source.length; ) {
    const tag = html ? source.indexOf('<', at) : -1;
    if (!takeWords(source.slice(at, tag === -1 ? source.length : tag)) || tag === -1) break;
    at = endOfMarkup(lower, tag);
  }
  return Buffer.from(words.join(' ').slice(0, SNIFF_SAMPLE_BYTES), 'latin1');
}

/** Where the comment, script, style or tag that starts at `start` (a `<`) ends; the end of the text if it never does. */
function endOfMarkup(lower: string, start: number): number {
  if (lower.startsWith('<!--', start)) {
    const end = lower.indexOf('-->', start + 4);
    return end === -1 ? lower.length : end + 3;
  }
  let tagStart = start;
  for (const element of ['script', 'style']) {
    if (lower.startsWith(`<${element}`, start)) {
      tagStart = lower.indexOf(`</${element}`, start);
      if (tagStart === -1) return lower.length;
      break;
    }
  }
  const end = lower.indexOf('>', tagStart + 1);
  return end === -1 ? lower.length : end + 1;
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
