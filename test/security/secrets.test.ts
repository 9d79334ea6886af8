import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { spawnWorker, type SpawnedWorker } from '../support/spawnWorker';
import { ADMIN_TOKEN, BOT_TOKEN, OPENAI_KEY, SIGNING_SECRET, TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

const SECRETS: Record<string, string> = { BOT_TOKEN, OPENAI_KEY, SIGNING_SECRET, ADMIN_TOKEN };
/** Each secret as it is, and as the Basic credential a browser sends for the admin pages. */
const LEAK_FORMS = Object.entries(SECRETS).flatMap(([name, secret]) => [
  [name, secret],
  [`${name} (in a Basic credential)`, Buffer.from(`ops:${secret}`).toString('base64')],
]);
/** Slack methods that carry what users see; auth.test and the like carry the bot token to Slack, as they must. */
const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);

/**
 * Tokens and keys never appear in what newsbot logs or posts, not even while things go wrong: every process's whole
 * output is captured (the web process's log lines, and stdout and stderr of a real worker process at trace level)
 * through successful jobs and the failures that log the most: provider errors, Slack errors, a Redis outage,
 * refused requests and bad credentials.
 */
describe('secrets never reach logs or Slack', () => {
  let stack: TestStack;
  let worker: SpawnedWorker;
  let articleUrl: string;
  let channelCount = 0;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai', workers: 0, env: { LOG_LEVEL: 'trace', OPENAI_TIMEOUT_MS: '500', SLACK_MAX_RETRIES: '1' } });
    worker = await spawnWorker(stack.env);
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));

    const answered = (channel: string, responseUrl: string) =>
      stack.slack.waitFor(() => outcomesFor(stack.slack, { channel, responseUrl }).length > 0, `the answer in ${channel}`, 20_000);
    const summarize = async (url = articleUrl) => {
      channelCount += 1;
      const channel = `C0SEC${channelCount}`;
      const { responseUrl } = await stack.command(url, { channelId: channel, triggerId: `1700008000.sec${channelCount}` });
      return { channel, responseUrl };
    };

    // A summary by the model, and the AI provider failing in every way it logs: 5xx, a rejected key, a hang, a 429.
    for (const faults of [[], [{ kind: 'server_error' as const, status: 500 }, { kind: 'server_error' as const, status: 502 }], [{ kind: 'server_error' as const, status: 401 }], [{ kind: 'hang' as const, ms: 5_000 }, { kind: 'hang' as const, ms: 5_000 }], [{ kind: 'rate_limited' as const, retryAfterSeconds: 1 }]]) {
      stack.openai.failNext(...faults);
      const { channel, responseUrl } = await summarize();
      await answered(channel, responseUrl);
    }
    // Slack refusing: a bad token, a 5xx on every edit (the job fails), a channel the bot may not post in.
    stack.slack.failNext('chat.postMessage', { kind: 'platform_error', error: 'invalid_auth' });
    const invalidAuth = await summarize();
    await answered(invalidAuth.channel, invalidAuth.responseUrl);
    stack.slack.failNext('chat.update', ...Array.from({ length: 12 }, () => ({ kind: 'http_error' as const, status: 500 })));
    await summarize();
    await waitUntil(() => worker.output().includes('could not tell the user that the job failed'), 'the failed job given up on', 20_000);
    stack.slack.clearFaults();
    stack.slack.failNext('chat.postMessage', { kind: 'platform_error', error: 'not_in_channel' });
    await stack.mention({ channel: 'C0SECMEN', text: `<@U0BOT> <${articleUrl}>` });
    await waitUntil(() => worker.output().includes('cannot answer this request anywhere'), 'the undeliverable mention');
    // Links that fail: a missing page, an address that is not allowed.
    const missing = await summarize(`${stack.articles.baseUrl}/missing`);
    await answered(missing.channel, missing.responseUrl);
    await stack.command('http://169.254.169.254/latest/meta-data/', { channelId: 'C0SECSSRF' });
    // Redis away: the web process cannot queue and says so, the worker reconnects.
    await stack.redis.stopServer();
    const { responseUrl: refusedUrl } = await stack.command(articleUrl, { channelId: 'C0SECREDIS' });
    await stack.slack.waitFor(() => outcomesFor(stack.slack, { channel: 'C0SECREDIS', responseUrl: refusedUrl }).length > 0, 'the try-again');
    await waitUntil(() => worker.output().includes('redis connection error'), 'the worker failing to reconnect');
    await stack.redis.startServer();
    // Requests with wrong credentials.
    await stack.command(articleUrl, { signature: 'v0=deadbeef' });
    await fetch(`${stack.webUrl}/admin/health`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}x` } });
    await fetch(`${stack.webUrl}/admin/health`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    const afterRestart = await summarize();
    await answered(afterRestart.channel, afterRestart.responseUrl);
  }, 120_000);
  afterAll(async () => {
    if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await stack.stop();
  });

  it('logged the failures it was put through (so the checks below look at real error output)', () => {
    const everything = `${stack.logs.text}\n${worker.output()}`;
    for (const expected of ['LlmUnavailableError', 'AI provider rate limit', 'WebAPIPlatformError', 'WebAPIHTTPError', 'redis connection error', 'could not enqueue', 'UndeliverableError', 'PageNotFoundError']) {
      expect(everything).toContain(expected);
    }
  });

  it.each(LEAK_FORMS)('%s is in no log line of the web process', (_name, secret) => {
    expect(stack.logs.text).not.toContain(secret);
  });

  it.each(LEAK_FORMS)('%s is nowhere in the output of the worker process', (_name, secret) => {
    expect(worker.output()).not.toContain(secret);
  });

  it.each(LEAK_FORMS)('%s is in no message, edit or response_url post sent to Slack, nor in what the AI provider received', (_name, secret) => {
    const sent = JSON.stringify([
      stack.slack.calls.filter((call) => MESSAGE_METHODS.has(call.method)).map((call) => call.body),
      stack.slack.messages,
      stack.slack.responseUrlPosts,
      stack.openai.requests.map((request) => request.body),
    ]);
    expect(sent).not.toContain(secret);
  });
});
