import iconv from 'iconv-lite';
import { canonicalEncoding, decodeDocument } from '../../../src/article/fetch/decode';

const RUSSIAN = 'Министр иностранных дел заявил, что переговоры продолжатся.';
const JAPANESE = '東京で新しい経済対策が発表されました。';
const FRENCH = 'Le président a annoncé une réforme économique très attendue.';
const CHINESE = '国务院发布新的经济政策。';

function html(head: string, body: string): string {
  return `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
}

describe('decodeDocument', () => {
  it('uses the charset of the HTTP header', () => {
    const bytes = iconv.encode(html('', RUSSIAN), 'windows-1251');
    const decoded = decodeDocument(bytes, { httpCharset: 'windows-1251', html: true });
    expect(decoded.text).toContain(RUSSIAN);
    expect(decoded).toMatchObject({ encoding: 'windows-1251', source: 'http' });
  });

  it('uses <meta charset> when the header declares none', () => {
    const bytes = iconv.encode(html('<meta charset="Shift_JIS">', JAPANESE), 'shift_jis');
    const decoded = decodeDocument(bytes, { httpCharset: null, html: true });
    expect(decoded.text).toContain(JAPANESE);
    expect(decoded.source).toBe('meta');
  });

  it('uses <meta http-equiv="Content-Type"> whatever the attribute order', () => {
    const bytes = iconv.encode(html('<meta content="text/html; charset=ISO-8859-1" http-equiv="Content-Type">', FRENCH), 'latin1');
    const decoded = decodeDocument(bytes, { httpCharset: null, html: true });
    expect(decoded.text).toContain(FRENCH);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
  });

  it('uses the XML declaration of an XHTML document', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><html><body>${RUSSIAN}</body></html>`, 'windows-1251');
    expect(decodeDocument(bytes, { httpCharset: null, html: true }).text).toContain(RUSSIAN);
  });

  it('decodes ISO-8859-1 as windows-1252, as browsers do, so curly quotes survive', () => {
    const bytes = iconv.encode('“Quoted” – dash', 'windows-1252');
    expect(decodeDocument(bytes, { httpCharset: 'iso-8859-1', html: false }).text).toBe('“Quoted” – dash');
  });

  it('believes valid UTF-8 bytes over a declared legacy charset', () => {
    const bytes = Buffer.from(html('<meta charset="gb2312">', CHINESE), 'utf8');
    const decoded = decodeDocument(bytes, { httpCharset: null, html: true });
    expect(decoded.text).toContain(CHINESE);
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'utf-8 check' });
  });

  it('still decodes real GB2312 bytes declared as gb2312', () => {
    const bytes = iconv.encode(html('<meta charset="gb2312">', CHINESE), 'gb2312');
    expect(decodeDocument(bytes, { httpCharset: null, html: true }).text).toContain(CHINESE);
  });

  it('prefers a byte order mark to any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('<meta charset="windows-1251">', RUSSIAN), 'utf-16le')]);
    const decoded = decodeDocument(bytes, { httpCharset: 'windows-1251', html: true });
    expect(decoded.text.startsWith('<!doctype html>')).toBe(true);
    expect(decoded.text).toContain(RUSSIAN);
    expect(decoded.source).toBe('bom');
  });

  it('drops a UTF-8 byte order mark', () => {
    const decoded = decodeDocument(Buffer.from('\uFEFFplain text', 'utf8'), { httpCharset: null, html: false });
    expect(decoded.text).toBe('plain text');
  });

  it('turns invalid UTF-8 into replacement characters instead of failing', () => {
    const bytes = Buffer.concat([Buffer.from('Café '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' société')]);
    const decoded = decodeDocument(bytes, { httpCharset: 'utf-8', html: false });
    expect(decoded.text).toBe('Café \uFFFD(\uFFFD société');
  });

  it('reads undeclared mostly-UTF-8 text with a stray bad byte as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Zürich, Genève, Genf '), Buffer.from([0xff])]);
    expect(decodeDocument(bytes, { httpCharset: null, html: false }).text).toBe('Zürich, Genève, Genf \uFFFD');
  });

  it('reads undeclared non-UTF-8 bytes as windows-1252', () => {
    const bytes = iconv.encode(FRENCH, 'windows-1252');
    expect(decodeDocument(bytes, { httpCharset: null, html: true })).toMatchObject({ text: FRENCH, source: 'fallback' });
  });

  it('ignores an unknown charset label', () => {
    const decoded = decodeDocument(Buffer.from(FRENCH, 'utf8'), { httpCharset: 'x-no-such-charset', html: false });
    expect(decoded).toMatchObject({ text: FRENCH, encoding: 'utf-8' });
  });

  it('trusts a declared 7-bit encoding whose bytes also happen to be valid UTF-8', () => {
    const iso2022 = Buffer.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42]); // "日本" in ISO-2022-JP
    expect(decodeDocument(iso2022, { httpCharset: 'iso-2022-jp', html: false }).text).toBe('日本');
  });
});

describe('canonicalEncoding', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['gb2312', 'gb18030'],
    ['Shift_JIS', 'windows-31j'],
    ['euc-kr', 'cp949'],
    ['koi8-r', 'koi8-r'],
    ['"windows-1251"', 'windows-1251'],
  ])('maps %s to %s', (label, encoding) => {
    expect(canonicalEncoding(label)).toBe(encoding);
  });

  it('returns null for labels it does not know', () => {
    expect(canonicalEncoding('klingon')).toBeNull();
    expect(canonicalEncoding(null)).toBeNull();
  });
});
