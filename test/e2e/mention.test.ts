import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENTION_HELP_TEXT } from '../../src/slack/render/requestMessages';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/articles', name), 'utf8');

describe('@newsbot mentions end to end (offline engine)', () => {
  let stack: TestStack;
  let firstUrl: string;
  let secondUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline' });
    firstUrl = stack.articles.page('/a/merger', newsPage('Halvorsen to buy Kestrel', fixture('fictional-merger.txt')));
    secondUrl = stack.articles.page('/a/court', newsPage('Kenyan court blocks extradition', fixture('fictional-court.txt')));
  });
  afterAll(() => stack.stop());

  it('answers a mention with two links with two summaries in the thread of the mention', async () => {
    const ts = '1700000500.000100';
    await stack.mention({ channel: 'C0MEN1', ts, text: `<@U0BOT> two reads: <${firstUrl}|merger> and <${secondUrl}>` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN1', ts).length === 2, 'two summaries');
    const messages = stack.slack.messagesIn('C0MEN1');
    expect(messages).toHaveLength(2);
    expect(messages.every((message) => message.threadTs === ts)).toBe(true);
    const texts = messages.map((message) => JSON.stringify(message.blocks)).join('\n');
    expect(texts).toContain('Halvorsen to buy Kestrel');
    expect(texts).toContain('Kenyan court blocks extradition');
  });

  it('replies in the existing thread when mentioned inside one', async () => {
    await stack.mention({ channel: 'C0MEN2', ts: '1700000600.000200', threadTs: '1700000600.000001', text: `<@U0BOT> ${firstUrl}` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN2').length === 1, 'the summary');
    expect(stack.slack.messagesIn('C0MEN2')[0]!.threadTs).toBe('1700000600.000001');
  });

  it('makes one job and one post per link when Slack delivers the same event four times', async () => {
    const eventId = 'Ev0DUPLICATE1';
    const ts = '1700000700.000100';
    for (let retry = 0; retry < 4; retry += 1) {
      const headers: Record<string, string> = retry === 0 ? {} : { 'X-Slack-Retry-Num': String(retry), 'X-Slack-Retry-Reason': 'http_timeout' };
      const { response } = await stack.mention({ eventId, channel: 'C0MEN3', ts, text: `<@U0BOT> <${secondUrl}>` }, { headers });
      expect(response.status).toBe(200);
    }
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN3').length === 1, 'the summary');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.slack.messagesIn('C0MEN3')).toHaveLength(1);
  });

  it('answers a mention without a link with short help in the thread, once even if Slack retries', async () => {
    const eventId = 'Ev0HELPONCE';
    const ts = '1700000800.000100';
    await stack.mention({ eventId, channel: 'C0MEN4', ts, text: '<@U0BOT> hello there' });
    await stack.mention({ eventId, channel: 'C0MEN4', ts, text: '<@U0BOT> hello there' }, { headers: { 'X-Slack-Retry-Num': '1' } });
    await stack.slack.waitFor(() => stack.slack.messagesIn('C0MEN4').length === 1, 'the help reply');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const replies = stack.slack.messagesIn('C0MEN4');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.threadTs).toBe(ts);
    expect(replies[0]!.text).toBe(MENTION_HELP_TEXT);
  });

  it('retries a reply briefly when Slack fails, and gives up after three tries instead of the SDK default half hour', async () => {
    const serverError = { kind: 'http_error' as const, status: 500 };
    stack.slack.failNext('chat.postMessage', serverError, serverError);
    await stack.mention({ channel: 'C0MEN9', text: '<@U0BOT> what do you do?' });
    await stack.slack.waitFor(() => stack.slack.messagesIn('C0MEN9').length === 1, 'the help reply, third try');

    stack.slack.failNext('chat.postMessage', ...Array.from({ length: 10 }, () => serverError));
    const attempts = () => stack.slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C0MEN10').length;
    await stack.mention({ channel: 'C0MEN10', text: '<@U0BOT> hello?' });
    await stack.slack.waitFor(() => attempts() === 3, 'three tries', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(attempts()).toBe(3);
    stack.slack.clearFaults();
  });

  it('ignores messages from bots, itself included', async () => {
    await stack.mention({ channel: 'C0MEN5', text: `<@U0BOT> ${firstUrl}`, botId: 'B0BOT' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.slack.messagesIn('C0MEN5')).toHaveLength(0);
  });

  it('summarizes at most three links of a mention and says how many it skipped', async () => {
    const ts = '1700001000.000100';
    const links = ['/a/one', '/a/two', '/a/three', '/a/four'].map((path) => stack.articles.page(path, newsPage(`Story ${path}`, fixture('fictional-merger.txt'))));
    await stack.mention({ channel: 'C0MEN7', ts, text: `<@U0BOT> ${links.map((link) => `<${link}>`).join(' ')}` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN7', ts).length === 4, 'three summaries and the note on the skipped link');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const messages = stack.slack.messagesIn('C0MEN7');
    expect(messages).toHaveLength(4);
    const texts = messages.map((message) => JSON.stringify(message.blocks)).join('\n');
    for (const path of ['/a/one', '/a/two', '/a/three']) expect(texts).toContain(`Story ${path}`);
    expect(texts).not.toContain('Story /a/four');
    expect(texts).toContain('I summarize at most 3 links per message, so 1 more was skipped.');
  });

  it('posts a placeholder naming the link and the requester, then edits it into the summary', async () => {
    const ts = '1700001100.000100';
    await stack.mention({ channel: 'C0MEN8', ts, user: 'U0CAROL', text: `<@U0BOT> <${secondUrl}>` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN8', ts).length === 1, 'the summary');
    const posts = stack.slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C0MEN8');
    expect(posts).toHaveLength(1);
    expect(String(posts[0]!.body.text)).toMatch(/^:hourglass_flowing_sand: Summarizing <http:\/\/127\.0\.0\.1:\d+\/a\/court\|127\.0\.0\.1\/a\/court>… requested by <@U0CAROL>$/);
    const updates = stack.slack.calls.filter((call) => call.method === 'chat.update' && call.body.channel === 'C0MEN8');
    expect(updates).toHaveLength(1);
    expect(JSON.stringify(updates[0]!.body.blocks)).toContain('Kenyan court blocks extradition');
  });

  it('summarizes the links it may fetch and explains the ones it refuses, in one reply', async () => {
    const ts = '1700000900.000100';
    await stack.mention({ channel: 'C0MEN6', ts, text: `<@U0BOT> <${firstUrl}> <file:///etc/passwd>` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN6', ts).length === 2, 'summary and refusal');
    const texts = stack.slack.messagesIn('C0MEN6').map((message) => message.text);
    expect(texts.some((text) => text.includes('file:///etc/passwd'))).toBe(true);
  });
});
