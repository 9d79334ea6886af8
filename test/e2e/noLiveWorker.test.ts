import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUEUED_WITHOUT_WORKERS_TEXT } from '../../src/slack/render/requestMessages';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

describe('a request queued while no worker is running', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 0 });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(() => stack.stop());

  it('tells the requester it waits in the queue, then answers once a worker is back', async () => {
    const { responseUrl } = await stack.command(articleUrl, { channelId: 'C0WAIT1' });
    const mention = await stack.mention({ channel: 'C0WAIT2', ts: '1700002000.000100', user: 'U0BOB', text: `<@U0BOT> <${articleUrl}>` });
    expect(mention.response.status).toBe(200);

    await stack.slack.waitFor(() => stack.slack.responseUrlPosts.length === 1 && stack.slack.callsTo('chat.postEphemeral').length === 1, 'both notes');
    expect(stack.slack.responseUrlPosts[0]!.body).toMatchObject({ response_type: 'ephemeral', text: QUEUED_WITHOUT_WORKERS_TEXT });
    expect(stack.slack.responseUrl(stack.slack.responseUrlPosts[0]!.id)).toBe(responseUrl);
    expect(stack.slack.callsTo('chat.postEphemeral')[0]!.body).toMatchObject({
      channel: 'C0WAIT2',
      user: 'U0BOB',
      thread_ts: '1700002000.000100',
      text: QUEUED_WITHOUT_WORKERS_TEXT,
    });
    expect(stack.slack.messagesIn('C0WAIT1')).toHaveLength(0);

    await stack.startWorker();
    await stack.slack.waitFor(() => stack.finalMessages('C0WAIT1').length === 1 && stack.finalMessages('C0WAIT2').length === 1, 'both summaries');
    expect(stack.slack.messagesIn('C0WAIT2')).toHaveLength(1);
  });

  it('says nothing extra while a worker is alive', async () => {
    await stack.command(articleUrl, { channelId: 'C0WAIT3' });
    await stack.slack.waitFor(() => stack.finalMessages('C0WAIT3').length === 1, 'the summary');
    expect(stack.slack.responseUrlPosts.filter((post) => post.body.text === QUEUED_WITHOUT_WORKERS_TEXT)).toHaveLength(1);
  });
});
