import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { mentionEnvelope, messageShortcutPayload, postSigned, shortcutBody, slashCommandBody } from '../support/slackRequests';
import { SIGNING_SECRET, TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/fictional-court.txt'), 'utf8');

/** Slack's retry headers: the first delivery has none, retries 1–3 say why they were sent again. */
const retryHeaders = (retry: number): Record<string, string> =>
  retry === 0 ? {} : { 'X-Slack-Retry-Num': String(retry), 'X-Slack-Retry-Reason': 'http_timeout' };

describe('the same Slack request delivered more than once', () => {
  let stack: TestStack;
  let articleUrl: string;
  /** Deliveries after the first of each request, and requests that ended with more than one post. */
  const figures = { repeatedDeliveries: 0, requests: 0, secondPosts: 0 };

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 2 });
    articleUrl = stack.articles.page('/news/court', newsPage('Kenyan court blocks extradition', ARTICLE));
  });
  afterAll(async () => {
    reportFaultFigures('duplicate deliveries', figures);
    await stack.stop();
  });

  const postsTo = (channel: string) => stack.slack.callsTo('chat.postMessage').filter((call) => call.body.channel === channel);
  const tally = (deliveries: number, channel: string) => {
    figures.repeatedDeliveries += deliveries - 1;
    figures.requests += 1;
    if (postsTo(channel).length > 1) figures.secondPosts += 1;
  };
  const jobsNamed = async (jobId: string) => (await stack.web.queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'])).filter((job) => job.id === jobId);
  const settled = (jobId: string) => waitUntil(async () => ['completed', 'failed'].includes(await stack.web.queue.getJobState(jobId)), `job ${jobId} finished`);

  it('event_callback delivered 4 times at once (X-Slack-Retry-Num 1–3) → one job, one post, one summary', async () => {
    const envelope = JSON.stringify(mentionEnvelope({ eventId: 'Ev0DUP4AT0NCE', channel: 'C0DUP1', ts: '1700002000.000100', text: `<@U0BOT> <${articleUrl}>` }));
    const deliveries = [0, 1, 2, 3].map((retry) =>
      postSigned(`${stack.webUrl}/slack/events`, SIGNING_SECRET, envelope, 'application/json', { headers: retryHeaders(retry) }),
    );
    expect((await Promise.all(deliveries)).map((response) => response.status)).toEqual([200, 200, 200, 200]);
    await settled('mention-Ev0DUP4AT0NCE-0');

    expect(await jobsNamed('mention-Ev0DUP4AT0NCE-0')).toHaveLength(1);
    expect(postsTo('C0DUP1')).toHaveLength(1);
    expect(outcomesFor(stack.slack, { channel: 'C0DUP1' }).map((outcome) => outcome.kind)).toEqual(['summary']);
    tally(4, 'C0DUP1');
  });

  it('event_callback retried after the summary was posted → no second job and no second post', async () => {
    const fields = { eventId: 'Ev0DUPLATE', channel: 'C0DUP2', ts: '1700002000.000200', text: `<@U0BOT> <${articleUrl}>` };
    await stack.mention(fields);
    await settled('mention-Ev0DUPLATE-0');
    for (const retry of [1, 2, 3]) expect((await stack.mention(fields, { headers: retryHeaders(retry) })).response.status).toBe(200);
    await waitUntil(async () => (await stack.web.queue.getJobCountByTypes('waiting', 'active', 'delayed')) === 0, 'an idle queue');

    expect(await jobsNamed('mention-Ev0DUPLATE-0')).toHaveLength(1);
    expect(postsTo('C0DUP2')).toHaveLength(1);
    expect(stack.slack.messagesIn('C0DUP2')[0]!.updates).toBe(1);
    tally(4, 'C0DUP2');
  });

  it('a slash command resent by the client with the same trigger_id, at once and later → one job, one post', async () => {
    const responseUrl = stack.slack.responseUrl('dup-command');
    const body = slashCommandBody({ text: articleUrl, channel_id: 'C0DUP3', trigger_id: '1700002000.dupcmd', response_url: responseUrl });
    const send = () => postSigned(`${stack.webUrl}/slack/events`, SIGNING_SECRET, body, 'application/x-www-form-urlencoded');
    expect((await Promise.all([send(), send()])).map((response) => response.status)).toEqual([200, 200]);
    await settled('command-1700002000.dupcmd-0');
    expect((await send()).status).toBe(200);
    await waitUntil(async () => (await stack.web.queue.getJobCountByTypes('waiting', 'active', 'delayed')) === 0, 'an idle queue');

    expect(await jobsNamed('command-1700002000.dupcmd-0')).toHaveLength(1);
    expect(postsTo('C0DUP3')).toHaveLength(1);
    expect(outcomesFor(stack.slack, { channel: 'C0DUP3', responseUrl }).map((outcome) => outcome.kind)).toEqual(['summary']);
    tally(3, 'C0DUP3');
  });

  it('a message shortcut submitted twice with the same trigger_id → one job, one post in the thread', async () => {
    const payload = { ...messageShortcutPayload({ text: `read <${articleUrl}>`, responseUrl: stack.slack.responseUrl('dup-shortcut') }), trigger_id: '1700002000.dupsc', channel: { id: 'C0DUP4', name: 'news' } };
    const send = () => postSigned(`${stack.webUrl}/slack/events`, SIGNING_SECRET, shortcutBody(payload), 'application/x-www-form-urlencoded');
    expect((await Promise.all([send(), send()])).map((response) => response.status)).toEqual([200, 200]);
    await settled('shortcut-1700002000.dupsc-0');

    expect(await jobsNamed('shortcut-1700002000.dupsc-0')).toHaveLength(1);
    expect(postsTo('C0DUP4')).toHaveLength(1);
    tally(2, 'C0DUP4');
  });
});
