import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(replies[0]!.text).toContain('/summarize');
  });

  it('ignores messages from bots, itself included', async () => {
    await stack.mention({ channel: 'C0MEN5', text: `<@U0BOT> ${firstUrl}`, botId: 'B0BOT' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.slack.messagesIn('C0MEN5')).toHaveLength(0);
  });

  it('summarizes the links it may fetch and explains the ones it refuses, in one reply', async () => {
    const ts = '1700000900.000100';
    await stack.mention({ channel: 'C0MEN6', ts, text: `<@U0BOT> <${firstUrl}> <file:///etc/passwd>` });
    await stack.slack.waitFor(() => stack.finalMessages('C0MEN6', ts).length === 2, 'summary and refusal');
    const texts = stack.slack.messagesIn('C0MEN6').map((message) => message.text);
    expect(texts.some((text) => text.includes('file:///etc/passwd'))).toBe(true);
  });
});
