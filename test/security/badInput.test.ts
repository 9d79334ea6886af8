import { USAGE_TEXT } from '../../src/slack/render/requestMessages';
import { escapeSlackText } from '../../src/slack/slackText';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { RUSSIAN_ARTICLE, servePages } from './support/hostilePages';

type Pages = ReturnType<typeof servePages>;

/** What the user sent: a `/summarize` with this text, or a mention (links in Slack's `<…>` markup). */
type Send = { via: 'command' | 'mention'; text: string };

/**
 * What the user sees: an ephemeral reply in the ack (or, for a mention, the thread reply), the failure that replaces
 * the placeholder, or a summary.
 */
type Expect = { refusal: string } | { failure: string } | { summaryContaining: string };

interface Row {
  name: string;
  send: (pages: Pages) => Send;
  expect: Expect;
  /** What else must hold once the user has the answer. */
  afterwards?: (pages: Pages, answer: string) => void;
}

const command = (text: string): Send => ({ via: 'command', text });
const mention = (text: string): Send => ({ via: 'mention', text: `<@U0BOT> ${text}` });
const NOT_AN_ARTICLE =
  "That doesn't look like a link or an article. Send `/summarize https://…` with a link to a news article, or paste the article's text (at least 25 words).";
const NO_ARTICLE_ON_PAGE =
  "I couldn't find an article on that page (it may be a login page, a video, or a list of links). Try the article's own link, or paste its text.";
const LONG_TEXT = `${'The council met again today to discuss the budget and the schools. '.repeat(700)}`.trim();

const MATRIX: Row[] = [
  { name: 'empty command', send: () => command(''), expect: { refusal: USAGE_TEXT } },
  { name: 'whitespace only', send: () => command('   \t '), expect: { refusal: USAGE_TEXT } },
  { name: '"help"', send: () => command('help'), expect: { refusal: USAGE_TEXT } },
  { name: 'a word that is not a link', send: () => command('banana'), expect: { refusal: NOT_AN_ARTICLE } },
  // Commands arrive unescaped (should_escape: false): a typed URL of another scheme is still named and refused.
  {
    name: 'ftp:// typed in /summarize',
    send: () => command('ftp://files.example.com/report.txt'),
    expect: { refusal: 'I can only open http:// and https:// links, not ftp links.' },
  },
  { name: 'file:// typed in /summarize', send: () => command('file:///etc/passwd'), expect: { refusal: 'I can only open http:// and https:// links, not file links.' } },
  {
    name: 'javascript: typed in /summarize',
    send: () => command('javascript:alert(document.cookie)'),
    expect: { refusal: 'I can only open http:// and https:// links, not javascript links.' },
  },
  // In messages Slack marks links up; the scheme is named the same way.
  {
    name: 'ftp:// link in a mention',
    send: () => mention('<ftp://files.example.com/report.txt>'),
    expect: { refusal: 'I can only open http:// and https:// links, not ftp links.' },
  },
  { name: 'file:// link in a mention', send: () => mention('<file:///etc/passwd>'), expect: { refusal: 'I can only open http:// and https:// links, not file links.' } },
  {
    name: 'javascript: link in a mention',
    send: () => mention('<javascript:alert(document.cookie)|click>'),
    expect: { refusal: 'I can only open http:// and https:// links, not javascript links.' },
  },
  {
    name: 'a link with credentials',
    send: (pages) => command(pages.notFound.replace('http://', 'http://admin:hunter2@')),
    expect: { refusal: 'Links with a username or password in them aren\'t allowed. Send the link without the "user:password@" part.' },
  },
  {
    name: 'a port other than 80/443',
    send: () => command('http://news.example.com:8080/story'),
    expect: { refusal: 'That link uses port 8080: I only fetch web pages on the standard ports (80 and 443).' },
  },
  { name: '404', send: (pages) => command(pages.notFound), expect: { failure: 'The page was not found (404). Check the link.' } },
  { name: '500 (retried, then answered)', send: (pages) => command(pages.serverError), expect: { failure: 'That website is having problems (error 500). Try again in a few minutes.' } },
  {
    name: '403 (a site that blocks bots)',
    send: (pages) => command(pages.forbidden),
    expect: { failure: 'That site refused to let me read the page (403): it may block bots or need a login. Paste the article text instead.' },
  },
  { name: 'a login page', send: (pages) => command(pages.login), expect: { failure: NO_ARTICLE_ON_PAGE } },
  {
    name: 'an image',
    send: (pages) => command(pages.image),
    expect: { failure: 'That link points to an image, not an article. I can read web pages, PDFs and plain-text documents.' },
  },
  {
    name: 'a zip file',
    send: (pages) => command(pages.zip),
    expect: { failure: 'That link points to a ZIP file or archive, not an article. I can read web pages, PDFs and plain-text documents.' },
  },
  { name: 'an empty article', send: (pages) => command(pages.emptyArticle), expect: { failure: NO_ARTICLE_ON_PAGE } },
  { name: 'invalid UTF-8 in the page', send: (pages) => command(pages.invalidUtf8), expect: { summaryContaining: 'Summary: Council approves budget\n• ' } },
  {
    name: 'a windows-1251 page (decoded into the right letters, not mojibake)',
    send: (pages) => command(pages.windows1251),
    expect: { summaryContaining: 'Summary: Казахстан построит новые дороги\n• ' },
    afterwards: (_pages, answer) => expect(RUSSIAN_ARTICLE.split(/(?<=\.) /).some((sentence) => answer.includes(sentence))).toBe(true),
  },
  {
    name: 'a 50 MB response (reading stops at the cap)',
    send: (pages) => command(pages.fiftyMegabytes),
    expect: { failure: 'That page is too large for me to read (over 5 MB). Try pasting the article text instead.' },
    afterwards: (pages) => expect(pages.big.written).toBeLessThan(25 * 1024 * 1024),
  },
  {
    name: 'a server that trickles one byte per second (retried, then answered)',
    send: (pages) => command(pages.trickle),
    expect: { failure: 'The website took too long to answer. Try again in a minute.' },
  },
  {
    name: 'an infinite redirect loop',
    send: (pages) => command(pages.redirectLoop),
    expect: {
      failure: 'That link redirects more than 5 times (or in a loop), so I stopped following it. Open it in a browser and send me the address it ends up on.',
    },
  },
  {
    name: 'pasted text over the limit',
    send: () => command(LONG_TEXT),
    expect: {
      refusal: `That text is too long to summarize (${LONG_TEXT.length.toLocaleString('en-US')} characters; the limit is 40,000). Paste a shorter part, or send a link to the article instead.`,
    },
  },
];

describe('bad input: every case ends in one message that says what went wrong and what to do', () => {
  let stack: TestStack;
  let pages: Pages;

  beforeAll(async () => {
    // A short fetch budget keeps the trickling server's three attempts quick; production allows 20 s.
    stack = await TestStack.start({ engine: 'offline', env: { FETCH_TOTAL_TIMEOUT_MS: '1000' } });
    pages = servePages(stack.articles);
  });
  afterAll(() => stack.stop());

  it.each(MATRIX.map((row, index) => ({ ...row, channel: `C0BAD${index}` })))('$name', async ({ send, expect: expected, afterwards, channel }) => {
    const request = send(pages);
    const seen = await answerTo(request, channel);
    if ('refusal' in expected) {
      expect(seen).toEqual({ where: request.via === 'command' ? 'ack' : 'thread', text: expected.refusal === USAGE_TEXT ? USAGE_TEXT : `:warning: ${escapeSlackText(expected.refusal)}` });
    } else if ('failure' in expected) {
      expect(seen.where).toBe('answer');
      expect(seen.text).toMatch(/^:warning: I couldn't summarize /);
      expect(seen.text.endsWith(`. ${escapeSlackText(expected.failure)}`)).toBe(true);
    } else {
      expect(seen.where).toBe('answer');
      expect(seen.text).toMatch(/^Summary: /);
      expect(seen.text).toContain(expected.summaryContaining);
    }
    afterwards?.(pages, seen.text);
  }, 20_000);

  /** Where the one answer to a request appeared, and its text. */
  async function answerTo(request: Send, channel: string): Promise<{ where: 'ack' | 'thread' | 'answer'; text: string }> {
    if (request.via === 'mention') {
      const ts = '1700007000.000100';
      await stack.mention({ channel, ts, text: request.text });
      await stack.slack.waitFor(() => stack.slack.messagesIn(channel, ts).length > 0, 'the thread reply');
      const replies = stack.slack.messagesIn(channel, ts);
      expect(replies).toHaveLength(1);
      return { where: 'thread', text: replies[0]!.text };
    }
    const { response, responseUrl } = await stack.command(request.text, { channelId: channel });
    const body = await response.text();
    if (body !== '') {
      const ack = JSON.parse(body) as { response_type: string; text: string };
      expect(ack.response_type).toBe('ephemeral');
      expect(stack.slack.messagesIn(channel)).toHaveLength(0);
      return { where: 'ack', text: ack.text };
    }
    const target = { channel, responseUrl };
    await stack.slack.waitFor(() => outcomesFor(stack.slack, target).length > 0, `the answer in ${channel}`, 15_000);
    const outcomes = outcomesFor(stack.slack, target);
    expect(outcomes).toHaveLength(1);
    return { where: 'answer', text: outcomes[0]!.text };
  }
});
