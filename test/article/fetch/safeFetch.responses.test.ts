import iconv from 'iconv-lite';
import {
  AccessDeniedError,
  HttpStatusError,
  PageNotFoundError,
  RateLimitedError,
  safeFetch,
  SiteErrorError,
  SiteUnreachableError,
  UnsupportedContentTypeError,
  type FetchedDocument,
} from '../../../src/article/fetch';
import { LocalSite, localFetchOptions, rejectionOf } from './support/localSite';

function textOf(document: FetchedDocument): string {
  if (document.kind === 'pdf') throw new Error('expected a text document, got a PDF');
  return document.text;
}

describe('safeFetch: responses', () => {
  let site: LocalSite;

  beforeEach(async () => {
    site = await new LocalSite().start();
  });

  afterEach(() => site.stop());

  const fetchPath = (path: string, overrides = {}) => safeFetch(site.url(path), localFetchOptions([site.port], overrides));

  it('reports a site that refuses connections as unreachable (retryable)', async () => {
    const closed = await new LocalSite().start();
    await closed.stop();
    const error = await rejectionOf(safeFetch(closed.url('/'), localFetchOptions([closed.port])));
    expect(error).toBeInstanceOf(SiteUnreachableError);
    expect(error).toMatchObject({ retryable: true });
  });

  it('asks like a browser: browser User-Agent, Accept-Language, compression', async () => {
    site.page('/', '<p>hi</p>');
    await fetchPath('/');
    const headers = site.requests[0]!.headers;
    expect(headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\/\d+/);
    expect(headers['accept-language']).toBe('en-US,en;q=0.9');
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers.accept).toMatch(/^text\/html/);
  });

  describe('content types', () => {
    it.each([
      ['text/html; charset=utf-8', 'html'],
      ['application/xhtml+xml', 'html'],
      ['text/plain', 'text'],
    ])('reads %s as %s', async (contentType, kind) => {
      site.page('/doc', 'Some words.', { 'content-type': contentType });
      expect(await fetchPath('/doc')).toMatchObject({ kind, text: 'Some words.', mimeType: contentType.split(';')[0] });
    });

    it('returns a PDF as bytes', async () => {
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      site.page('/paper', pdf, { 'content-type': 'application/pdf' });
      const document = await fetchPath('/paper');
      expect(document.kind).toBe('pdf');
      expect(document.kind === 'pdf' && Buffer.from(document.bytes).equals(pdf)).toBe(true);
    });

    it.each([
      ['image/png', 'That link points to an image, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['image/jpeg', 'That link points to an image, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['application/zip', 'That link points to a ZIP file or archive, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['application/octet-stream', 'That link points to a file download, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['video/mp4', 'That link points to a video, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['application/json', 'That link points to a data file, not an article. I can read web pages, PDFs and plain-text documents.'],
    ])('refuses %s', async (contentType, userMessage) => {
      site.page('/file', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { 'content-type': contentType });
      const error = await rejectionOf(fetchPath('/file'));
      expect(error).toBeInstanceOf(UnsupportedContentTypeError);
      expect(error).toMatchObject({ userMessage, retryable: false });
    });

    it('recognises untyped HTML, PDF and text from their first bytes, and refuses untyped binary', async () => {
      const untyped = (path: string, body: Buffer) =>
        site.route(path, (_req, res) => {
          res.removeHeader('content-type');
          res.end(body);
        });
      untyped('/html', Buffer.from('  <!doctype html><p>page</p>'));
      untyped('/pdf', Buffer.from('%PDF-1.7\n'));
      untyped('/text', Buffer.from('Just words.'));
      untyped('/binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
      expect(await fetchPath('/html')).toMatchObject({ kind: 'html', mimeType: '' });
      expect(await fetchPath('/pdf')).toMatchObject({ kind: 'pdf' });
      expect(await fetchPath('/text')).toMatchObject({ kind: 'text', text: 'Just words.' });
      await expect(fetchPath('/binary')).rejects.toBeInstanceOf(UnsupportedContentTypeError);
    });
  });

  describe('HTTP statuses', () => {
    it.each([
      [404, PageNotFoundError, 'The page was not found (404). Check the link.', false],
      [410, PageNotFoundError, 'That page has been removed (410). Check the link.', false],
      [403, AccessDeniedError, 'That site refused to let me read the page (403): it may block bots or need a login. Paste the article text instead.', false],
      [401, AccessDeniedError, 'That page needs a login (401), so I can’t read it. Paste the article text instead.', false],
      [500, SiteErrorError, 'That website is having problems (error 500). Try again in a few minutes.', true],
      [502, SiteErrorError, 'That website is having problems (error 502). Try again in a few minutes.', true],
      [503, SiteErrorError, 'That website is having problems (error 503). Try again in a few minutes.', true],
      [429, RateLimitedError, 'That website is asking me to slow down (429). Try again in a few minutes.', true],
      [418, HttpStatusError, "That website answered with error 418, so I couldn't read the page. Check the link, or paste the article text.", false],
    ] as const)('turns %i into %p', async (status, errorClass, userMessage, retryable) => {
      site.page('/status', '<p>error page</p>', { 'content-type': 'text/html' }, status);
      const error = await rejectionOf(fetchPath('/status'));
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ userMessage, retryable });
    });

    it('waits out a 429 Retry-After within its budget and asks again', async () => {
      let calls = 0;
      site.route('/busy', (_req, res) => {
        if (calls++ === 0) res.writeHead(429, { 'retry-after': '0' }).end();
        else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>now</p>');
      });
      expect(textOf(await fetchPath('/busy'))).toBe('<p>now</p>');
      expect(calls).toBe(2);
    });

    it('understands Retry-After given as an HTTP date', async () => {
      let calls = 0;
      site.route('/maintenance', (_req, res) => {
        if (calls++ === 0) res.writeHead(503, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() }).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end('back');
      });
      expect(textOf(await fetchPath('/maintenance'))).toBe('back');
    });

    it('gives up with a retryable error carrying the delay when Retry-After exceeds the budget', async () => {
      site.route('/busy', (_req, res) => {
        res.writeHead(429, { 'retry-after': '120' }).end();
      });
      const error = await rejectionOf(fetchPath('/busy', { maxRetryAfterMs: 5_000 }));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({ retryable: true, retryAfterMs: 120_000 });
      expect(site.requests).toHaveLength(1);
    });

    it('waits the Retry-After seconds before asking again, measured where the requests arrive', async () => {
      const arrivals: number[] = [];
      site.route('/busy', (_req, res) => {
        arrivals.push(performance.now());
        if (arrivals.length === 1) res.writeHead(429, { 'retry-after': '1' }).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end('now');
      });
      expect(textOf(await fetchPath('/busy', { maxRetryAfterMs: 5_000, totalTimeoutMs: 5_000 }))).toBe('now');
      expect(arrivals).toHaveLength(2);
      // A timer may fire a millisecond early by the clock; anything near 0 would mean no wait at all.
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(995);
    });

    it('refuses at once a Retry-After within the waiting budget but past the fetch deadline', async () => {
      site.route('/busy', (_req, res) => {
        res.writeHead(503, { 'retry-after': '3' }).end();
      });
      const started = performance.now();
      const error = await rejectionOf(fetchPath('/busy', { maxRetryAfterMs: 10_000, totalTimeoutMs: 2_000 }));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({
        retryable: true,
        retryAfterMs: 3_000,
        userMessage: 'That website is temporarily unavailable (503). Try again in a few minutes.',
      });
      expect(site.requests).toHaveLength(1);
      // Refused, not slept on until the deadline fires (2 s) or the wait ends (3 s).
      expect(performance.now() - started).toBeLessThan(1_500);
    });

    it('counts time already spent waiting against the deadline', async () => {
      const arrivals: number[] = [];
      site.route('/busy', (_req, res) => {
        arrivals.push(performance.now());
        res.writeHead(429, { 'retry-after': arrivals.length === 1 ? '1' : '2' }).end();
      });
      // 1 s waited leaves about 1.5 s of the 2.5 s deadline: the second, 2 s Retry-After no longer fits.
      const error = await rejectionOf(fetchPath('/busy', { maxRetryAfterMs: 10_000, totalTimeoutMs: 2_500 }));
      const refusedAt = performance.now();
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({ retryAfterMs: 2_000 });
      expect(arrivals).toHaveLength(2);
      expect(refusedAt - arrivals[1]!).toBeLessThan(500);
    });

    it('asks again at most twice, whatever the site says', async () => {
      site.route('/always-busy', (_req, res) => {
        res.writeHead(429, { 'retry-after': '0' }).end();
      });
      await expect(fetchPath('/always-busy')).rejects.toBeInstanceOf(RateLimitedError);
      expect(site.requests).toHaveLength(3);
    });
  });

  describe('character sets', () => {
    it('decodes a windows-1251 page by its HTTP charset', async () => {
      const text = 'Правительство России объявило о новых мерах.';
      site.page('/ru', iconv.encode(`<p>${text}</p>`, 'windows-1251'), { 'content-type': 'text/html; charset=windows-1251' });
      expect(textOf(await fetchPath('/ru'))).toBe(`<p>${text}</p>`);
    });

    it('decodes a Shift_JIS page by its <meta charset>', async () => {
      const html = '<html><head><meta charset="Shift_JIS"></head><body><p>日本政府は新しい政策を発表した。</p></body></html>';
      site.page('/ja', iconv.encode(html, 'shift_jis'), { 'content-type': 'text/html' });
      expect(textOf(await fetchPath('/ja'))).toBe(html);
    });

    it('decodes an ISO-8859-1 page by its http-equiv declaration', async () => {
      const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><p>Économie française</p></html>';
      site.page('/fr', iconv.encode(html, 'latin1'), { 'content-type': 'text/html' });
      expect(textOf(await fetchPath('/fr'))).toBe(html);
    });

    it('reads a page declared gb2312 whose bytes are UTF-8 as UTF-8', async () => {
      const html = '<html><head><meta charset="gb2312"></head><p>国务院发布新的经济政策。</p></html>';
      site.page('/zh', Buffer.from(html, 'utf8'), { 'content-type': 'text/html' });
      expect(textOf(await fetchPath('/zh'))).toBe(html);
    });

    it('survives invalid UTF-8 with replacement characters', async () => {
      site.page('/broken', Buffer.concat([Buffer.from('<p>ok '), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from('</p>')]));
      expect(textOf(await fetchPath('/broken'))).toBe('<p>ok \uFFFD(\uFFFD</p>');
    });
  });
});
