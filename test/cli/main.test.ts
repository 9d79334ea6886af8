import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/main';
import { newsPage } from '../support/articleServer';
import { FakeOpenAi } from '../support/fakeOpenAi';

const FIXTURES = join(__dirname, '../fixtures/articles');
const SAMPLE = join(FIXTURES, 'azerbaijan-iran-delegation.txt');

async function cli(args: string[], stdin = '', env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(args, { stdout, stderr, readStdin: async () => stdin, env });
  return { code, out, err };
}

describe('newsbot summarize', () => {
  it('summarizes a local text file with the offline engine when no key is set', async () => {
    const { code, out } = await cli(['summarize', SAMPLE]);
    expect(code).toBe(0);
    expect(out).toContain('• A delegation headed by Deputy Prime Minister of Azerbaijan Shahin Mustafayev');
    expect(out).toContain('Shahin Mustafayev — Deputy Prime Minister, Azerbaijan');
    expect(out).toContain('Countries: Azerbaijan, Iran, Russia, Turkey');
    expect(out).toContain('Summarized by the offline summarizer');
  });

  it('prints the summary object with --json', async () => {
    const { code, out } = await cli(['summarize', SAMPLE, '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as Record<string, unknown>;
    expect(summary).toMatchObject({
      title: expect.any(String),
      bullets: expect.arrayContaining([expect.any(String)]),
      evidence: expect.any(Array),
      parties: {
        people: expect.arrayContaining([{ name: 'Ilham Aliyev', role: 'President', affiliation: 'Azerbaijan' }]),
        organizations: expect.arrayContaining([expect.objectContaining({ name: 'Trend' })]),
        countries: expect.arrayContaining([{ name: 'Iran' }]),
      },
      engine: 'offline',
      fallback: null,
    });
    expect((summary.bullets as string[]).length).toBeGreaterThanOrEqual(3);
  });

  it('summarizes only the opening of a very long article and says so', async () => {
    const long = ['First paragraph: the council approved the harbour budget on Monday after a long debate among members.', ...Array.from({ length: 200 }, (_, index) => `Paragraph ${index + 2} adds detail number ${index + 2} about the harbour plan and its costs for the town.`)].join('\n\n');
    const { code, out } = await cli(['summarize', '-', '--json'], long, { ARTICLE_MAX_INPUT_CHARS: '2000' });
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { bullets: string[]; omittedWords: number };
    expect(summary.omittedWords).toBeGreaterThan(2500);
    expect(summary.bullets.join(' ')).not.toMatch(/Paragraph (2[5-9]|[3-9]\d|\d{3})\b/);
    const text = await cli(['summarize', '-'], long, { ARTICLE_MAX_INPUT_CHARS: '2000' });
    expect(text.out).toContain('Note: very long article; this summary covers its opening');
  });

  it('reads text from stdin with "-"', async () => {
    const { code, out } = await cli(['summarize', '-'], readFileSync(join(FIXTURES, 'fictional-merger.txt'), 'utf8'));
    expect(code).toBe(0);
    expect(out).toContain('Halvorsen Maritime');
  });

  describe('with an AI engine configured', () => {
    const openai = new FakeOpenAi();
    let env: Record<string, string>;
    beforeAll(async () => {
      await openai.start();
      env = { OPENAI_API_KEY: 'sk-test-cli', OPENAI_BASE_URL: openai.baseUrl, OPENAI_MAX_RETRIES: '0' };
    });
    afterAll(() => openai.stop());
    afterEach(() => openai.reset());

    it('uses the model, and says why when the offline engine answers instead', async () => {
      const used = await cli(['summarize', SAMPLE, '--json'], '', env);
      expect(JSON.parse(used.out)).toMatchObject({ engine: 'openai', fallback: null });
      expect(used.err).toBe('');

      openai.failNext({ kind: 'server_error', status: 500 });
      const down = await cli(['summarize', SAMPLE, '--json'], '', env);
      expect(JSON.parse(down.out)).toMatchObject({ engine: 'offline', fallback: 'ai_unavailable' });
      expect(down.err).toMatch(/^note: AI engine unavailable \(.+\); using the offline engine\n$/);

      openai.answerWith({ title: 'Cats', bullets: [0, 1, 2].map((index) => ({ text: `Cats purr loudly at their owners, fact number ${index}.`, sources: [index] })), people: [], organizations: [], countries: [] });
      const unverifiable = await cli(['summarize', SAMPLE, '--json'], '', env);
      expect(JSON.parse(unverifiable.out)).toMatchObject({ engine: 'offline', fallback: 'ai_output_unverifiable' });
      expect(unverifiable.err).toBe('note: the AI summary could not be verified against the article; using the offline engine\n');
    });
  });

  it('refuses links to private addresses, as the bot does', async () => {
    const { code, err } = await cli(['summarize', 'http://169.254.169.254/latest/meta-data/']);
    expect(code).toBe(1);
    expect(err).toContain('That address is not allowed');
  });

  it('says plainly when a file does not exist', async () => {
    const { code, err } = await cli(['summarize', 'no-such-article.txt']);
    expect(code).toBe(1);
    expect(err).toBe('newsbot: cannot read no-such-article.txt: no such file (give a file, a link starting with https://, or "-" for stdin)\n');
  });

  it('refuses pasted text too short to be an article, as the bot does in Slack', async () => {
    const { code, err } = await cli(['summarize', '-'], 'Too short to be news.');
    expect(code).toBe(1);
    expect(err).toContain('too short to summarize (5 words; at least 25)');
  });

  it('prints its usage for --help after a command', async () => {
    for (const args of [['summarize', '--help'], ['extract', '-h']]) {
      const { code, out } = await cli(args);
      expect(code).toBe(0);
      expect(out).toContain('Usage:');
    }
  });

  it('explains its usage when called wrongly', async () => {
    const { code, err } = await cli(['summarize']);
    expect(code).toBe(2);
    expect(err).toContain('Usage:');
  });
});

describe('newsbot extract', () => {
  it('extracts several inputs, one JSON line each, reporting a bad one without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-cli-'));
    const page = join(dir, 'story.html');
    writeFileSync(page, newsPage('Halvorsen to buy Kestrel', readFileSync(join(FIXTURES, 'fictional-merger.txt'), 'utf8')));
    const { code, out } = await cli(['extract', page, join(dir, 'missing.html'), '--json', '--url', 'https://news.example.com/story']);
    expect(code).toBe(1);
    const [first, second] = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      input: page,
      url: 'https://news.example.com/story',
      title: expect.stringContaining('Halvorsen to buy Kestrel'),
      siteName: 'Trend News',
      publishedAt: expect.stringMatching(/^2020-12-22/),
      lang: 'en',
      text: expect.stringContaining('creating one of the largest container-handling businesses in northern Europe.\n\nIngrid Solberg-Vance'),
      partial: false,
      error: null,
    });
    expect(second).toMatchObject({ input: join(dir, 'missing.html'), text: null, error: expect.stringContaining('no such file') });
    expect(Object.keys(first!)).toEqual(['input', 'url', 'canonicalUrl', 'title', 'byline', 'siteName', 'publishedAt', 'lang', 'text', 'wordCount', 'partial', 'error']);
    expect(Object.keys(second!)).toEqual(Object.keys(first!));
  });

  it('reads a local PDF up to PDF_MAX_PAGES and marks a longer one partial', async () => {
    const pdf = join(__dirname, '../fixtures/fetch/sample.pdf');
    const whole = JSON.parse((await cli(['extract', pdf, '--json'])).out) as { partial: boolean; wordCount: number };
    const capped = JSON.parse((await cli(['extract', pdf, '--json'], '', { PDF_MAX_PAGES: '1' })).out) as { partial: boolean; wordCount: number };
    expect(whole.partial).toBe(false);
    expect(capped.partial).toBe(true);
    expect(capped.wordCount).toBeLessThan(whole.wordCount);
  });

  it('refuses links as the bot does, naming the scheme or the address, and reports the link itself', async () => {
    const { code, out } = await cli(['extract', 'ftp://files.example.com/a.html', 'http://127.0.0.1/story', '--json', '--url', 'https://news.example.com/other']);
    expect(code).toBe(1);
    const [ftp, loopback] = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(ftp).toMatchObject({ url: 'ftp://files.example.com/a.html', error: 'I can only open http:// and https:// links, not ftp links.' });
    expect(loopback).toMatchObject({ url: 'http://127.0.0.1/story', error: expect.stringContaining('That address is not allowed') });
  });
});

describe('the newsbot binary', () => {
  it('runs bin/newsbot.js (built by npm ci) as its own process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '../../bin/newsbot.js'), 'summarize', SAMPLE, '--json'], {
      cwd: join(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(JSON.parse(stdout)).toMatchObject({ engine: 'offline' });
  });
});
