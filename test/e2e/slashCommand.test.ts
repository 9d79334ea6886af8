import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

describe('/summarize end to end (offline engine)', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline' });
    articleUrl = stack.articles.page('/news/azerbaijan-iran', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(() => stack.stop());

  it('acks at once with an empty 200, then replaces a visible placeholder with the summary', async () => {
    const channel = 'C0CMD1';
    const { response } = await stack.command(articleUrl, { channelId: channel });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');

    await stack.slack.waitFor(() => stack.finalMessages(channel).length === 1, 'the summary');
    const messages = stack.slack.messagesIn(channel);
    expect(messages).toHaveLength(1);
    const [summary] = messages;
    expect(summary!.updates).toBe(1);
    const rendered = JSON.stringify(summary!.blocks);
    expect(rendered).toMatch(/\*<http:\/\/127\.0\.0\.1:\d+\/news\/azerbaijan-iran\|Azerbaijani delegation visits Iran/);
    expect(rendered).toContain('Shahin Mustafayev');
    expect(rendered).toContain('Deputy Prime Minister');
    expect(rendered).toContain('Requested by <@U0ALICE>');
    expect(rendered.match(/• /g)?.length).toBeGreaterThanOrEqual(3);
    expect(stack.slack.callsTo('chat.postMessage')[0]?.body).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' }); // form-encoded, as the WebClient sends it
  });

  it('summarizes pasted text', async () => {
    const channel = 'C0CMD2';
    await stack.command(ARTICLE, { channelId: channel });
    await stack.slack.waitFor(() => stack.finalMessages(channel).length === 1, 'the summary');
    expect(JSON.stringify(stack.finalMessages(channel)[0]!.blocks)).toContain('Pasted text');
  });

  it.each(['', '   ', 'help'])('answers %j with usage help only the user sees, and queues nothing', async (text) => {
    const jobsBefore = await stack.web.queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed');
    const { response } = await stack.command(text, { channelId: 'C0HELP' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('/summarize https://');
    expect(await stack.web.queue.getJobCountByTypes('waiting', 'active', 'completed', 'failed', 'delayed')).toBe(jobsBefore);
    expect(stack.slack.messagesIn('C0HELP')).toHaveLength(0);
  });

  it('refuses a link it must not fetch, in the ack', async () => {
    const { response } = await stack.command('ftp://files.example.com/report.txt', { channelId: 'C0BAD' });
    const body = (await response.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/http/i);
  });

  it('makes one job and one post when the same command is delivered twice', async () => {
    const channel = 'C0DUP';
    await stack.command(articleUrl, { channelId: channel, triggerId: '111.222.dup' });
    await stack.command(articleUrl, { channelId: channel, triggerId: '111.222.dup' });
    await stack.slack.waitFor(() => stack.finalMessages(channel).length === 1, 'the summary');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stack.slack.messagesIn(channel)).toHaveLength(1);
  });

  it('rejects a bad signature, a missing one, and a stale timestamp with 401, without queueing', async () => {
    const before = stack.slack.calls.length;
    const bad = await stack.command(articleUrl, { signature: 'v0=deadbeef', channelId: 'C0SIG' });
    const missing = await stack.command(articleUrl, { signature: null, channelId: 'C0SIG' });
    const stale = await stack.command(articleUrl, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60, channelId: 'C0SIG' });
    expect([bad.response.status, missing.response.status, stale.response.status]).toEqual([401, 401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stack.slack.messagesIn('C0SIG')).toHaveLength(0);
    expect(stack.slack.calls.length).toBe(before);
  });
});
