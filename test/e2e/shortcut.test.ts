import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/fictional-transfer.txt'), 'utf8');

describe('the "Summarize" message shortcut, end to end', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline' });
    articleUrl = stack.articles.page('/sport/transfer', newsPage('Thornbury sign Mendonça', ARTICLE));
  });
  afterAll(() => stack.stop());

  it('summarizes the link of the message in that message’s thread', async () => {
    const { response } = await stack.shortcut({ text: `Big news <${articleUrl}>`, ts: '1700001000.000100' });
    expect(response.status).toBe(200);
    await stack.slack.waitFor(() => stack.finalMessages('C0NEWS', '1700001000.000100').length === 1, 'the summary');
    const [summary] = stack.finalMessages('C0NEWS', '1700001000.000100');
    expect(JSON.stringify(summary!.blocks)).toContain('Caio Mendonça');
  });

  it('summarizes an article pasted into the message itself', async () => {
    await stack.shortcut({ text: ARTICLE, ts: '1700001100.000100' });
    await stack.slack.waitFor(() => stack.finalMessages('C0NEWS', '1700001100.000100').length === 1, 'the summary');
    expect(JSON.stringify(stack.finalMessages('C0NEWS', '1700001100.000100')[0]!.blocks)).toContain('Pasted text');
  });

  it('tells only the user, through the response_url, when the message has nothing to summarize', async () => {
    const { responseId } = await stack.shortcut({ text: 'lunch at noon?', ts: '1700001200.000100' });
    await stack.slack.waitFor(() => stack.slack.responseUrlPosts.some((post) => post.id === responseId), 'the ephemeral answer');
    const post = stack.slack.responseUrlPosts.find((candidate) => candidate.id === responseId)!;
    expect(post.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('no link') });
    expect(stack.slack.messagesIn('C0NEWS', '1700001200.000100')).toHaveLength(0);
  });
});
