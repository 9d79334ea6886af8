import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import type { SlackFault } from '../support/fakeSlack';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
/** Calls per Slack method within one attempt: the first and SLACK_MAX_RETRIES retries (5xx and network errors only). */
const SLACK_MAX_RETRIES = 1;
const CALLS_PER_ATTEMPT = 1 + SLACK_MAX_RETRIES;
const JOB_ATTEMPTS = 3;

const rateLimited = (retryAfterSeconds: number): SlackFault => ({ kind: 'rate_limited', retryAfterSeconds });
const serverError: SlackFault = { kind: 'http_error', status: 500 };
const platformError = (error: string): SlackFault => ({ kind: 'platform_error', error });
const times = (count: number, fault: SlackFault) => Array.from({ length: count }, () => fault);

describe('Slack API faults while answering', () => {
  let stack: TestStack;
  let articleUrl: string;
  let sequence = 0;

  beforeAll(async () => {
    stack = await TestStack.start({
      engine: 'offline',
      env: { SLACK_MAX_RETRIES: String(SLACK_MAX_RETRIES), JOB_ATTEMPTS: String(JOB_ATTEMPTS) },
    });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(async () => {
    reportFaultFigures('Slack API faults', { injected: stack.slack.faultsServed });
    await stack.stop();
  });
  afterEach(() => stack.slack.clearFaults());

  /** A `/summarize` in its own channel; resolves once the job has finished (completed or failed). */
  async function command(channel: string) {
    sequence += 1;
    const triggerId = `1700004000.slack${sequence}`;
    const jobId = `command-${triggerId}-0`;
    const { responseUrl } = await stack.command(articleUrl, { channelId: channel, triggerId });
    await waitUntil(async () => ['completed', 'failed'].includes(await stack.web.queue.getJobState(jobId)), `job in ${channel} finished`, 20_000);
    const job = (await stack.web.queue.getJob(jobId))!;
    return { job, responseUrl, outcomes: () => outcomesFor(stack.slack, { channel, responseUrl }) };
  }
  /** The safety net's last word on a job it could not answer either: after it, nothing more is sent. */
  const safetyNetGaveUp = (jobId: string | undefined) =>
    waitUntil(() => stack.logs.lines.some((line) => line.includes('could not tell the user that the job failed') && line.includes(`"jobId":"${jobId}"`)), `the safety net gave up on ${jobId}`);
  const calls = (method: string, channel: string) => stack.slack.callsTo(method).filter((call) => call.body.channel === channel);

  it('429 on the placeholder post: the job is delayed for Retry-After (not retried in a loop), then answers once', async () => {
    stack.slack.failNext('chat.postMessage', rateLimited(1));
    const { job, outcomes } = await command('C0SL429P');
    expect(await job.getState()).toBe('completed');
    expect(outcomes().map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(stack.slack.messagesIn('C0SL429P')).toHaveLength(1);
    const [limited, retried] = calls('chat.postMessage', 'C0SL429P');
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1_000);
    expect(job.attemptsMade).toBe(1); // waiting out a rate limit spends no attempt
    expect(stack.logs.text).toContain('Slack rate limit: delaying the job');
  });

  it('429 on the final edit: delayed, then the same placeholder is edited (no second message)', async () => {
    stack.slack.failNext('chat.update', rateLimited(1));
    const { job, outcomes } = await command('C0SL429U');
    expect(await job.getState()).toBe('completed');
    expect(outcomes().map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(calls('chat.postMessage', 'C0SL429U')).toHaveLength(1);
    expect(calls('chat.update', 'C0SL429U')).toHaveLength(2);
    expect(stack.slack.messagesIn('C0SL429U')[0]!.updates).toBe(1);
  });

  it('429s that never stop: a bounded number of delays and attempts, then the job fails (nothing retries forever)', async () => {
    stack.slack.failNext('chat.update', ...times(50, rateLimited(0)));
    const { job } = await command('C0SL429X');
    await safetyNetGaveUp(job.id);
    expect(await job.getState()).toBe('failed');
    // 5 rate-limit delays (MAX_SLACK_DELAYS), then 3 counted attempts, the last of which also tries the error
    // message, then the safety net's one try.
    expect(calls('chat.update', 'C0SL429X')).toHaveLength(5 + JOB_ATTEMPTS + 1 + 1);
  });

  it('500 once on the final edit: retried inside the attempt, the placeholder becomes the summary', async () => {
    stack.slack.failNext('chat.update', serverError);
    const { job, outcomes } = await command('C0SL500');
    expect(await job.getState()).toBe('completed');
    expect(outcomes().map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(calls('chat.update', 'C0SL500')).toHaveLength(2);
    expect(job.attemptsMade).toBe(1);
  });

  it('500 on every call: bounded retries per attempt and bounded attempts, then the job fails', async () => {
    stack.slack.failNext('chat.update', ...times(50, serverError));
    const { job } = await command('C0SL500X');
    await safetyNetGaveUp(job.id);
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(JOB_ATTEMPTS);
    // Each attempt edits once with retries; the last also tries the error message; the safety net tries once more.
    expect(calls('chat.update', 'C0SL500X')).toHaveLength((JOB_ATTEMPTS + 1 + 1) * CALLS_PER_ATTEMPT);
  });

  it.each(['not_in_channel', 'channel_not_found'])(
    '%s on the placeholder: the summary goes to the response_url instead, visible in the channel',
    async (error) => {
      const channel = `C0SLRU${error === 'not_in_channel' ? 'A' : 'B'}`;
      stack.slack.failNext('chat.postMessage', platformError(error));
      const { job, outcomes } = await command(channel);
      expect(await job.getState()).toBe('completed');
      expect(outcomes()).toEqual([expect.objectContaining({ kind: 'summary', where: 'response_url' })]);
      expect(stack.slack.messagesIn(channel)).toHaveLength(0);
      const [post] = stack.slack.responseUrlPosts.filter((candidate) => candidate.body.text === outcomes()[0]!.text);
      expect(post!.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    },
  );

  it('channel_not_found on the final edit (channel deleted meanwhile): the summary goes to the response_url', async () => {
    stack.slack.failNext('chat.update', platformError('channel_not_found'));
    const { job, outcomes } = await command('C0SLGONE');
    expect(await job.getState()).toBe('completed');
    expect(outcomes().filter((outcome) => outcome.where === 'response_url').map((outcome) => outcome.kind)).toEqual(['summary']);
  });

  it('a mention where the bot may not post (no response_url): the job fails at once, without retries', async () => {
    stack.slack.failNext('chat.postMessage', ...times(5, platformError('not_in_channel')));
    await stack.mention({ eventId: 'Ev0SLNOTIN', channel: 'C0SLMEN', text: `<@U0BOT> <${articleUrl}>` });
    const jobId = 'mention-Ev0SLNOTIN-0';
    await waitUntil(async () => (await stack.web.queue.getJobState(jobId)) === 'failed', 'the job failed');
    expect((await stack.web.queue.getJob(jobId))?.attemptsMade).toBe(1);
    expect(stack.logs.text).toContain('cannot answer this request anywhere');
    await safetyNetGaveUp(jobId);
    expect(calls('chat.postMessage', 'C0SLMEN')).toHaveLength(2); // the attempt, and the safety net's one try
  });

  it('msg_too_long on the final edit: the compact summary is sent instead', async () => {
    stack.slack.failNext('chat.update', platformError('msg_too_long'));
    const { job, outcomes } = await command('C0SLLONG');
    expect(await job.getState()).toBe('completed');
    expect(outcomes().map((outcome) => outcome.kind)).toEqual(['summary']);
    const [refused, compact] = calls('chat.update', 'C0SLLONG');
    expect(JSON.stringify(refused!.body.blocks)).toContain('Key parties');
    expect(compact!.body.blocks).toHaveLength(2);
    expect(JSON.stringify(compact!.body.blocks)).not.toContain('Key parties');
  });

  it('a response_url that answers 500 once: the attempt is retried and the summary arrives once', async () => {
    stack.slack.failNext('chat.postMessage', platformError('not_in_channel'));
    stack.slack.failNext('response_url', serverError);
    const { job, outcomes } = await command('C0SLRU500');
    expect(await job.getState()).toBe('completed');
    expect(outcomes()).toEqual([expect.objectContaining({ kind: 'summary', where: 'response_url' })]);
    expect(job.attemptsMade).toBe(2); // the failed attempt and the one that delivered
    expect(calls('chat.postMessage', 'C0SLRU500')).toHaveLength(1);
  });

  it('an expired response_url (404) where the bot may not post: the job fails at once, nothing retries', async () => {
    stack.slack.failNext('chat.postMessage', platformError('not_in_channel'));
    stack.slack.failNext('response_url', ...times(3, { kind: 'http_error', status: 404 }));
    const { job, responseUrl } = await command('C0SLRU404');
    await safetyNetGaveUp(job.id);
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(1);
    expect(stack.slack.responseUrlPosts.filter((post) => stack.slack.responseUrl(post.id) === responseUrl)).toHaveLength(0);
  });
});
