import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants, createGzip, gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import {
  BrokenResponseError,
  FetchTimeoutError,
  ResponseTooLargeError,
  safeFetch,
  UnsupportedContentEncodingError,
} from '../../../src/article/fetch';
import { LocalSite, localFetchOptions, rejectionOf } from './support/localSite';

const MB = 1024 * 1024;

/** Writes `total` bytes in 64 KB chunks, honouring backpressure; reports how far it got before the client hung up. */
async function stream(out: Writable, total: number, chunk: Buffer): Promise<{ written: number; finished: boolean }> {
  let written = 0;
  while (written < total && !out.destroyed) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    written += chunk.length;
  }
  if (!out.destroyed) out.end();
  return { written, finished: !out.destroyed };
}

describe('safeFetch: size, time and decompression limits', () => {
  let site: LocalSite;

  beforeEach(async () => {
    site = await new LocalSite().start();
  });

  afterEach(() => site.stop());

  it('stops reading a 50 MB page at the cap and closes the connection', async () => {
    let outcome: Promise<{ written: number; finished: boolean }> | undefined;
    site.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      outcome = stream(res, 50 * MB, Buffer.alloc(64 * 1024, 'a'));
    });
    const error = await rejectionOf(safeFetch(site.url('/huge'), localFetchOptions([site.port], { maxHtmlBytes: MB })));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).userMessage).toBe(
      'That page is too large for me to read (over 1 MB). Try pasting the article text instead.',
    );
    const { written, finished } = await outcome!;
    expect(finished).toBe(false);
    expect(written).toBeLessThan(25 * MB);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    site.page('/declared', Buffer.alloc(2 * MB, 'a'), { 'content-type': 'text/html', 'content-length': String(2 * MB) });
    const error = await rejectionOf(safeFetch(site.url('/declared'), localFetchOptions([site.port], { maxHtmlBytes: MB })));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('stops an endless gzip bomb once the decoded bytes pass the cap', async () => {
    let outcome: Promise<{ written: number; finished: boolean }> | undefined;
    site.route('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      // Endless zeros, compressed about 1000:1 as they are sent: inflating it all would never finish.
      const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
      gzip.pipe(res);
      outcome = stream(gzip, Number.MAX_SAFE_INTEGER, Buffer.alloc(64 * 1024));
      res.once('close', () => gzip.destroy());
    });
    const error = await rejectionOf(
      safeFetch(site.url('/bomb'), localFetchOptions([site.port], { maxHtmlBytes: 2 * MB, totalTimeoutMs: 20_000 })),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((await outcome!).finished).toBe(false);
  });

  it.each([
    ['gzip', gzipSync],
    ['br', brotliCompressSync],
    ['deflate', deflateSync],
  ] as const)('decodes a %s body', async (encoding, compress) => {
    const html = '<p>Compressed article text.</p>'.repeat(100);
    site.page('/compressed', compress(Buffer.from(html)), { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding });
    const document = await safeFetch(site.url('/compressed'), localFetchOptions([site.port]));
    expect(document).toMatchObject({ kind: 'html', text: html });
  });

  it('counts the cap after decompression', async () => {
    const html = 'a'.repeat(2 * MB);
    site.page('/small-on-the-wire', gzipSync(Buffer.from(html)), { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    const error = await rejectionOf(safeFetch(site.url('/small-on-the-wire'), localFetchOptions([site.port], { maxHtmlBytes: MB })));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it('reports corrupt compression as a broken (retryable) response', async () => {
    site.page('/corrupt', Buffer.from('this is not gzip at all'), { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    const error = await rejectionOf(safeFetch(site.url('/corrupt'), localFetchOptions([site.port])));
    expect(error).toBeInstanceOf(BrokenResponseError);
    expect(error).toMatchObject({ retryable: true });
  });

  it('refuses a compression it does not know', async () => {
    site.page('/zstd', Buffer.from('x'), { 'content-type': 'text/html', 'content-encoding': 'zstd' });
    await expect(safeFetch(site.url('/zstd'), localFetchOptions([site.port]))).rejects.toBeInstanceOf(UnsupportedContentEncodingError);
  });

  it('caps PDFs and pages separately', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100 * 1024, ' ')]);
    site.page('/paper.pdf', pdf, { 'content-type': 'application/pdf' });
    const allowed = await safeFetch(site.url('/paper.pdf'), localFetchOptions([site.port], { maxHtmlBytes: 1024, maxPdfBytes: MB }));
    expect(allowed).toMatchObject({ kind: 'pdf' });
    const error = await rejectionOf(
      safeFetch(site.url('/paper.pdf'), localFetchOptions([site.port], { maxHtmlBytes: MB, maxPdfBytes: 1024 })),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).userMessage).toMatch(/^That PDF is too large/);
  });

  it('times out a server that trickles one byte at a time', async () => {
    let closed: Promise<unknown> | undefined;
    site.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 100);
      closed = once(res, 'close').then(() => clearInterval(timer));
    });
    const error = await rejectionOf(safeFetch(site.url('/trickle'), localFetchOptions([site.port], { totalTimeoutMs: 500 })));
    expect(error).toBeInstanceOf(FetchTimeoutError);
    expect(error).toMatchObject({ retryable: true, userMessage: 'The website took too long to answer. Try again in a minute.' });
    await closed;
  });

  it('times out a server that never answers', async () => {
    site.route('/silent', () => undefined);
    const error = await rejectionOf(safeFetch(site.url('/silent'), localFetchOptions([site.port], { totalTimeoutMs: 300 })));
    expect(error).toBeInstanceOf(FetchTimeoutError);
  });

  it('stops when the job is cancelled, with the job’s own reason', async () => {
    let requestArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (requestArrived = resolve));
    site.route('/slow', () => requestArrived());
    const controller = new AbortController();
    const fetching = safeFetch(site.url('/slow'), localFetchOptions([site.port]), controller.signal);
    await arrived;
    controller.abort(new Error('job cancelled'));
    await expect(fetching).rejects.toThrow('job cancelled');
  });
});
