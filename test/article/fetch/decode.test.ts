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

  it('reads undeclared Western European bytes as windows-1252', () => {
    const bytes = iconv.encode(FRENCH, 'windows-1252');
    expect(decodeDocument(bytes, { httpCharset: null, html: true })).toMatchObject({ text: FRENCH, encoding: 'windows-1252' });
  });

  describe('a page that declares no charset, in a legacy encoding', () => {
    const POLISH = 'Prezydent podpisał ustawę o ochronie środowiska, która wejdzie w życie w przyszłym roku. Zażółć gęślą jaźń.';
    const CZECH = 'Vláda schválila návrh zákona o státním rozpočtu na příští rok. Příliš žluťoučký kůň úpěl ďábelské ódy.';
    const RUSSIAN_STORY = `${RUSSIAN} Встреча министров состоится на следующей неделе в Москве, сообщили в правительстве.`;
    const JAPANESE_STORY = `${JAPANESE}政府は来年度の予算案を閣議決定し、国会に提出する方針だ。`;

    it.each([
      ['Russian in windows-1251', RUSSIAN_STORY, 'windows-1251', 'windows-1251'],
      ['Russian in KOI8-R', RUSSIAN_STORY, 'koi8-r', 'koi8-r'],
      ['Russian in ISO-8859-5', RUSSIAN_STORY, 'iso-8859-5', 'iso-8859-5'],
      ['Japanese in Shift_JIS', JAPANESE_STORY, 'shift_jis', 'windows-31j'],
      ['Polish in ISO-8859-2', POLISH, 'iso-8859-2', 'iso-8859-2'],
      ['Czech in ISO-8859-2', CZECH, 'iso-8859-2', 'iso-8859-2'],
    ])('is sniffed: %s', (_, text, encodedAs, encoding) => {
      const bytes = iconv.encode(html('', text), encodedAs);

      const decoded = decodeDocument(bytes, { httpCharset: null, html: true });

      expect(decoded.text).toContain(text);
      expect(decoded).toMatchObject({ encoding, source: 'sniffed' });
    });

    it('is sniffed from its text even after a long ASCII head', () => {
      const head = `<script>${'var analytics = { enabled: true };\n'.repeat(3000)}</script>`;
      const bytes = iconv.encode(html(head, RUSSIAN_STORY), 'windows-1251');

      expect(decodeDocument(bytes, { httpCharset: null, html: true }).text).toContain(RUSSIAN_STORY);
    });

    it('stays windows-1252 when a few accented words give the detector nothing to judge', () => {
      const bytes = iconv.encode(html('', 'Résumé'), 'windows-1252');
      expect(decodeDocument(bytes, { httpCharset: null, html: true })).toMatchObject({ encoding: 'windows-1252', source: 'fallback' });
    });

    it('samples hostile markup in linear time', () => {
      const started = Date.now();
      for (const markup of ['<', '<script', '<!--', '<a ']) {
        const bytes = Buffer.concat([Buffer.from(markup.repeat(Math.ceil(2_000_000 / markup.length))), Buffer.from([0xe9])]);
        expect(decodeDocument(bytes, { httpCharset: null, html: true }).encoding).toBe('windows-1252');
      }
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('is sniffed in a plain-text file too', () => {
      const bytes = iconv.encode(RUSSIAN_STORY, 'windows-1251');
      expect(decodeDocument(bytes, { httpCharset: null, html: false }).text).toBe(RUSSIAN_STORY);
    });
  });

  it('believes the HTTP charset over a different <meta charset>', () => {
    const bytes = iconv.encode(html('<meta charset="iso-8859-2">', RUSSIAN), 'windows-1251');
    const decoded = decodeDocument(bytes, { httpCharset: 'windows-1251', html: true });
    expect(decoded.text).toContain(RUSSIAN);
    expect(decoded).toMatchObject({ encoding: 'windows-1251', source: 'http' });
  });

  it.each([
    ['the HTTP header', 'ISO-8859-15', ''],
    ['<meta charset>', null, '<meta charset="iso-8859-15">'],
  ])('decodes ISO-8859-15 declared in %s, euro sign and œ included', (_, httpCharset, head) => {
    const text = 'Le billet coûte 20 € et l’œuvre est très appréciée.'.replace('’', "'");
    const bytes = iconv.encode(html(head, text), 'iso-8859-15');
    const decoded = decodeDocument(bytes, { httpCharset, html: true });
    expect(decoded.text).toContain(text);
    expect(decoded.encoding).toBe('iso-8859-15');
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
