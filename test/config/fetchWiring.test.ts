import { RateLimitedError, ResponseTooLargeError } from '../../src/article/fetch';
import { loadWorkerConfig } from '../../src/config';
import { createPipelineDeps, fetchOptionsFrom, pdfOptionsFrom } from '../../src/summarize/pipelineDeps';
import { LocalSite, rejectionOf } from '../article/fetch/support/localSite';
import { buildPdf } from '../article/fetch/support/minimalPdf';

/**
 * The size and page limits an operator sets in the environment are the ones the worker's fetcher and PDF reader
 * apply: loaded with loadWorkerConfig, wired with createPipelineDeps, checked against a local site.
 */
describe('fetch and PDF limits from the environment', () => {
  let site: LocalSite;

  beforeAll(async () => {
    site = await new LocalSite().start();
    const paragraph = 'The council met on Tuesday to discuss the new harbour plan and its cost to the town.';
    site.page('/small.html', `<html><body><article><h1>Plan</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`);
    site.page('/large.html', `<html><body><p>${'x'.repeat(5_000)}</p></body></html>`);
    const pages = Array.from({ length: 5 }, (_, page) => [[`Page ${page + 1} says the harbour plan will cost more than expected.`]]);
    site.page('/report.pdf', buildPdf(pages), { 'content-type': 'application/pdf' });
    for (const path of ['/busy-1.txt', '/busy-2.txt']) {
      // Busy at the first request only, asking for a second's patience.
      let calls = 0;
      site.route(path, (_req, res) => {
        if (calls++ === 0) res.writeHead(429, { 'retry-after': '1' }).end();
        else res.writeHead(200, { 'content-type': 'text/plain' }).end('The harbour plan was approved by the council on Tuesday after a long debate.');
      });
    }
  });

  afterAll(() => site.stop());

  function workerDeps(env: Record<string, string>) {
    const config = loadWorkerConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', FETCH_ALLOWED_PORTS: String(site.port), ...env });
    return { config, deps: createPipelineDeps(config, { allowPrivateAddressesForTests: ['127.0.0.1'] }) };
  }
  const load = (deps: ReturnType<typeof workerDeps>['deps'], path: string) => deps.loadArticle(`http://127.0.0.1:${site.port}${path}`, {});

  it('puts the configured values into the fetcher’s and the PDF reader’s options', () => {
    const { config } = workerDeps({ FETCH_MAX_HTML_BYTES: '1234', FETCH_MAX_PDF_BYTES: '5678', PDF_MAX_PAGES: '7', FETCH_MAX_RETRY_AFTER_MS: '0' });
    expect(fetchOptionsFrom(config.fetch)).toMatchObject({ maxHtmlBytes: 1234, maxPdfBytes: 5678, maxRetryAfterMs: 0 });
    expect(fetchOptionsFrom(workerDeps({}).config.fetch)).toMatchObject({ maxRetryAfterMs: 10_000 });
    expect(pdfOptionsFrom(config.fetch)).toMatchObject({ maxPages: 7 });
    expect(pdfOptionsFrom(workerDeps({}).config.fetch)).toMatchObject({ maxPages: 50 });
  });

  it('FETCH_MAX_HTML_BYTES refuses a page larger than it', async () => {
    const { deps } = workerDeps({ FETCH_MAX_HTML_BYTES: '2000' });
    expect((await load(deps, '/small.html')).text).toContain('harbour plan');
    const error = await rejectionOf(load(deps, '/large.html'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ kind: 'page', limitBytes: 2000 });
  });

  it('FETCH_MAX_PDF_BYTES refuses a PDF larger than it', async () => {
    const error = await rejectionOf(load(workerDeps({ FETCH_MAX_PDF_BYTES: '500' }).deps, '/report.pdf'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ kind: 'PDF', limitBytes: 500 });
  });

  it('PDF_MAX_PAGES caps the pages read, and the article is marked partial', async () => {
    const capped = await load(workerDeps({ PDF_MAX_PAGES: '2' }).deps, '/report.pdf');
    expect(capped.text.split('\n\n')).toEqual([
      'Page 1 says the harbour plan will cost more than expected.',
      'Page 2 says the harbour plan will cost more than expected.',
    ]);
    expect(capped.partial).toBe(true);

    const whole = await load(workerDeps({}).deps, '/report.pdf');
    expect(whole.text.split('\n\n')).toHaveLength(5);
    expect(whole.partial).toBe(false);
  });

  it('FETCH_MAX_RETRY_AFTER_MS bounds the waiting for Retry-After; 0 never waits', async () => {
    const error = await rejectionOf(load(workerDeps({ FETCH_MAX_RETRY_AFTER_MS: '0' }).deps, '/busy-1.txt'));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 1_000 });
    expect((await load(workerDeps({}).deps, '/busy-2.txt')).text).toContain('harbour plan');
    expect(site.requests.filter((req) => req.url?.startsWith('/busy-')).map((req) => req.url)).toEqual(['/busy-1.txt', '/busy-2.txt', '/busy-2.txt']);
  });
});
