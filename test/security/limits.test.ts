import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeSlackText } from '../../src/slack/slackText';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { servePages } from './support/hostilePages';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/fictional-court.txt'), 'utf8');
const SAMPLE_PDF = readFileSync(join(__dirname, '../fixtures/fetch/sample.pdf'));
const PASTED_TEXT_MAX_CHARS = 3_000;
const TOO_LARGE = 'That page is too large for me to read (over 5 MB). Try pasting the article text instead.';
const TOO_SLOW = 'The website took too long to answer. Try again in a minute.';

/**
 * Every resource a link can make the worker spend is capped, and each cap answers with a message saying what to do.
 * (The bad-input matrix has the everyday cases; these are the limits themselves and their boundaries.)
 */
describe('fetch and input limits, through Slack', () => {
  let stack: TestStack;
  let declaredHuge = 0;

  beforeAll(async () => {
    stack = await TestStack.start({
      engine: 'offline',
      // One attempt: a timeout is answered at once rather than after retries (retries are the matrix's business).
      env: { FETCH_TOTAL_TIMEOUT_MS: '1000', PASTED_TEXT_MAX_CHARS: String(PASTED_TEXT_MAX_CHARS), JOB_ATTEMPTS: '1' },
    });
    servePages(stack.articles);
    stack.articles.page('/story', newsPage('Kenyan court blocks extradition', ARTICLE));
    for (let hop = 1; hop <= 6; hop += 1) {
      stack.articles.route(`/chain/${hop}`, (_req, res) => {
        res.statusCode = 301;
        res.setHeader('Location', hop === 1 ? '/story' : `/chain/${hop - 1}`);
        res.end();
      });
    }
    stack.articles.route('/declared-huge', (req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('Content-Length', String(100 * 1024 * 1024));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!req.socket.destroyed && declaredHuge < 100 * 1024 * 1024) {
          declaredHuge += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      pump();
    });
    stack.articles.route('/silent', () => undefined); // accepts the request, never answers
    stack.articles.route('/stalls-after-headers', (_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.flushHeaders();
      res.write('<html><body><p>The start of a story');
    });
    stack.articles.page('/notes.txt', ARTICLE, 'text/plain; charset=utf-8');
    stack.articles.page('/report.pdf', SAMPLE_PDF, 'application/pdf');
    stack.articles.page('/data.json', '{"headline":"not an article"}', 'application/json');
    stack.articles.page('/untyped', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x4e, 0x47]), '');
  });
  afterAll(() => stack.stop());

  let channelCounter = 0;
  /** The one answer a `/summarize <text>` gets: the ephemeral ack, or the message that replaces the placeholder. */
  async function answerTo(text: string): Promise<string> {
    channelCounter += 1;
    const channel = `C0LIM${channelCounter}`;
    const { response, responseUrl } = await stack.command(text, { channelId: channel });
    const body = await response.text();
    if (body !== '') return (JSON.parse(body) as { text: string }).text;
    await stack.slack.waitFor(() => outcomesFor(stack.slack, { channel, responseUrl }).length > 0, `the answer in ${channel}`);
    const outcomes = outcomesFor(stack.slack, { channel, responseUrl });
    expect(outcomes).toHaveLength(1);
    return outcomes[0]!.text;
  }
  const failureSaying = (message: string) => expect.stringMatching(new RegExp(`^:warning: I couldn't summarize .*\\. ${escapeRegExp(escapeSlackText(message))}$`, 's'));

  describe('size', () => {
    it('a Content-Length over the cap is refused before the body is read', async () => {
      expect(await answerTo(`${stack.articles.baseUrl}/declared-huge`)).toEqual(failureSaying(TOO_LARGE));
      expect(declaredHuge).toBeLessThan(25 * 1024 * 1024);
    });

    it('a gzip bomb (64 MB from 64 KB) is stopped at the cap while it is being decompressed', async () => {
      expect(await answerTo(`${stack.articles.baseUrl}/bomb`)).toEqual(failureSaying(TOO_LARGE));
    });
  });

  describe('time (1 s budget for the whole fetch in this test)', () => {
    it.each([
      ['a server that never answers', '/silent'],
      ['a server that stalls after the headers', '/stalls-after-headers'],
      ['a server that trickles a byte a second, each read in time', '/trickle'],
    ])('%s', async (_name, path) => {
      expect(await answerTo(`${stack.articles.baseUrl}${path}`)).toEqual(failureSaying(TOO_SLOW));
    });
  });

  describe('redirects (at most 5)', () => {
    it('5 hops are followed', async () => {
      expect(await answerTo(`${stack.articles.baseUrl}/chain/5`)).toMatch(/^Summary: Kenyan court blocks extradition/);
    });
    it('6 hops are refused', async () => {
      expect(await answerTo(`${stack.articles.baseUrl}/chain/6`)).toEqual(
        failureSaying('That link redirects more than 5 times (or in a loop), so I stopped following it. Open it in a browser and send me the address it ends up on.'),
      );
    });
  });

  describe('content types', () => {
    it.each([
      ['plain text', '/notes.txt', /^Summary: /],
      ['PDF', '/report.pdf', /^Summary: Harbour to reopen next week/],
    ])('%s is read', async (_name, path, expected) => {
      expect(await answerTo(`${stack.articles.baseUrl}${path}`)).toMatch(expected);
    });
    it.each([
      ['JSON', '/data.json', 'That link points to a data file, not an article. I can read web pages, PDFs and plain-text documents.'],
      ['undeclared binary', '/untyped', 'That link points to a file, not an article. I can read web pages, PDFs and plain-text documents.'],
    ])('%s is refused', async (_name, path, message) => {
      expect(await answerTo(`${stack.articles.baseUrl}${path}`)).toEqual(failureSaying(message));
    });
  });

  describe(`pasted text (PASTED_TEXT_MAX_CHARS=${PASTED_TEXT_MAX_CHARS})`, () => {
    const SENTENCE = 'The court heard that the extradition request had been filed late and without the papers the law requires. ';
    /** Article-like text of exactly `length` characters. */
    const pasted = (length: number) => `${SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length - 1).trimEnd().padEnd(length - 1, 's')}.`;

    it('exactly at the limit is summarized', async () => {
      expect(pasted(PASTED_TEXT_MAX_CHARS)).toHaveLength(PASTED_TEXT_MAX_CHARS);
      expect(await answerTo(pasted(PASTED_TEXT_MAX_CHARS))).toMatch(/^Summary: /);
    });
    it('one character over is refused, saying the limit', async () => {
      expect(await answerTo(pasted(PASTED_TEXT_MAX_CHARS + 1))).toBe(
        `:warning: That text is too long to summarize (3,001 characters; the limit is 3,000). Paste a shorter part, or send a link to the article instead.`,
      );
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
