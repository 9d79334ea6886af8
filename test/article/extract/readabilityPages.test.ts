import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { ExtractedArticle } from '../../../src/article/extract';

/** The real pages of Mozilla Readability's test suite, copied with the metadata it expects of them. */
const FIXTURES = path.resolve(__dirname, '../../fixtures/readability');
const expectedMetadataSchema = z.object({ title: z.string().nullable().optional(), readerable: z.boolean().optional() });

/** Only names and metadata are read while jest collects the tests; every page is extracted inside a test. */
const pages = fs
  .readdirSync(FIXTURES)
  .sort()
  .map((name) => ({
    name,
    expected: expectedMetadataSchema.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected-metadata.json'), 'utf8'))),
  }));

/** Generous: pages take milliseconds; the first one also pays for starting the worker and compiling the extractor. */
const PER_PAGE_TIMEOUT_MS = 10_000;

type Outcome = { kind: 'article'; article: ExtractedArticle } | { kind: 'no-article'; message: string };

/**
 * Extraction runs in a worker thread: extractArticle is synchronous, so a hang inside it would block jest's own
 * timers and stall the whole run rather than fail a test. Here jest's per-test timeout fails the page's named test,
 * and the worker stuck on it is terminated so the next page gets a fresh one.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.tsxApi).register();
const { extractArticle, NoArticleError } = require(workerData.extractModule);
parentPort.on('message', (html) => {
  try {
    parentPort.postMessage({ ok: true, outcome: { kind: 'article', article: extractArticle(html, { url: 'http://fakehost/test/page.html' }) } });
  } catch (error) {
    if (error instanceof NoArticleError) parentPort.postMessage({ ok: true, outcome: { kind: 'no-article', message: error.message } });
    else parentPort.postMessage({ ok: false, error: String(error && error.stack || error) });
  }
});
`;

let worker: Worker | undefined;
let busy = false;

function extractInWorker(html: string): Promise<Outcome> {
  worker ??= new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { tsxApi: require.resolve('tsx/cjs/api'), extractModule: path.resolve(__dirname, '../../../src/article/extract') },
  });
  const current = worker;
  busy = true;
  return new Promise<Outcome>((resolve, reject) => {
    const onMessage = (message: { ok: true; outcome: Outcome } | { ok: false; error: string }) => {
      cleanup();
      if (message.ok) resolve(message.outcome);
      else reject(new Error(`extraction crashed: ${message.error}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`extraction worker exited with code ${code}`));
    };
    const cleanup = () => {
      busy = false;
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage(html);
  });
}

afterEach(async () => {
  // A page that timed out leaves the worker stuck in it.
  if (busy && worker) {
    const stuck = worker;
    worker = undefined;
    busy = false;
    await stuck.terminate();
  }
});

afterAll(async () => {
  await worker?.terminate();
});

const outcomes = new Map<string, Outcome>();

/** The outcome a page's first test recorded; its later tests fail plainly when that extraction did not finish. */
function articleOf(name: string): ExtractedArticle {
  const outcome = outcomes.get(name);
  if (outcome === undefined) throw new Error(`${name}: extraction did not finish (see its first test)`);
  if (outcome.kind === 'no-article') throw new Error(`${name}: no article (${outcome.message})`);
  return outcome.article;
}

describe('Mozilla Readability’s test pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(pages)('$name', ({ name, expected }) => {
    it(
      'extracts without a crash or hang: text in blank-line separated paragraphs, or a NoArticleError',
      async () => {
        const outcome = await extractInWorker(fs.readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8'));
        outcomes.set(name, outcome);
        if (outcome.kind === 'no-article') {
          expect(expected.readerable).toBe(false);
          return;
        }
        expect(outcome.article.wordCount).toBeGreaterThan(0);
        // Code samples on these pages show markup as text, so only the paragraph layout is checked here.
        expect(outcome.article.text).not.toMatch(/^\s|\s$|\n{3,}|[ \t]\n|\n[ \t]/);
      },
      PER_PAGE_TIMEOUT_MS,
    );

    if (typeof expected.title === 'string' && expected.title !== '') {
      const expectedTitle = expected.title;
      it('finds the title Readability’s tests expect, less a trailing author or site name that is shown apart', () => {
        const article = articleOf(name);
        if (article.title === expectedTitle) return;
        const cut = expectedTitle.slice((article.title ?? '').length);
        expect(expectedTitle.startsWith(article.title ?? '\u0000')).toBe(true);
        const suffix = cut.replace(/^\s+[|–—·-]\s+/u, '').toLowerCase();
        expect([article.byline?.toLowerCase(), article.siteName?.toLowerCase()]).toContain(suffix);
      });
    }

    if (name === 'hidden-nodes') {
      it('leaves out the paragraphs hidden by display:none and the hidden attribute', () => {
        const paragraphs = articleOf(name).text.split('\n\n');
        expect(paragraphs).toHaveLength(3);
        expect(paragraphs.slice(1)).toEqual(['Secondary header', 'Third header']);
      });
    }

    if (name === 'visibility-hidden') {
      it('leaves out the block hidden by visibility:hidden', () => {
        const { text } = articleOf(name);
        expect(text).toContain('Tempor incididunt ut labore');
        expect(text).not.toContain('consectetur adipisicing elit');
      });
    }
  });
});
