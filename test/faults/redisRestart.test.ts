import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueueEvents } from 'bullmq';
import { loadWebConfig } from '../../src/config';
import { SUMMARY_QUEUE_NAME } from '../../src/queue/summaryJob';
import { UNCONFIRMED_PARK_MS } from '../../src/queue/summaryQueue';
import { WebServer } from '../../src/web/webServer';
import { newsPage } from '../support/articleServer';
import { postSigned, slashCommandBody } from '../support/slackRequests';
import { TcpProxy } from '../support/tcpProxy';
import { SIGNING_SECRET, TestStack } from '../support/testStack';
import { hasPendingPlaceholder, outcomesFor, type RequestTarget } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/fictional-merger.txt'), 'utf8');
const REQUESTS = 40;
const SPACING_MS = 100;
const REDIS_DOWN_AT_MS = 1_000;
const REDIS_DOWN_FOR_MS = 1_500;
/** Slack gives up on a request (and shows the user an error) after 3 seconds. */
const SLACK_ACK_DEADLINE_MS = 3_000;

interface SentRequest {
  kind: 'command' | 'mention';
  jobId: string;
  target: RequestTarget;
  ackStatus: number;
  ackMs: number;
}

describe('Redis failing while requests arrive: restarted, frozen, or dying mid-add', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    // Production Redis keeps its data across a restart (append-only file); so does this one.
    stack = await TestStack.start({ engine: 'offline', workers: 2, persistentRedis: true });
    articleUrl = stack.articles.page('/news/merger', newsPage('Halvorsen to buy Kestrel', ARTICLE));
  });
  afterAll(() => stack.stop());

  /** Every fourth request of the load is a mention, the rest are commands. */
  async function send(index: number, kind: SentRequest['kind'] = index % 4 === 3 ? 'mention' : 'command'): Promise<SentRequest> {
    const started = performance.now();
    if (kind === 'mention') {
      const eventId = `Ev0LOAD${index}`;
      const ts = `1700001000.${String(index).padStart(6, '0')}`;
      const channel = `C0LOADM${index}`;
      const { response } = await stack.mention({ eventId, channel, ts, text: `<@U0BOT> <${articleUrl}>` });
      const ackMs = performance.now() - started;
      return { kind: 'mention', jobId: `mention-${eventId}-0`, target: { channel, threadTs: ts }, ackStatus: response.status, ackMs };
    }
    const triggerId = `1700001000.load${index}`;
    const channel = `C0LOADC${index}`;
    const { response, responseUrl } = await stack.command(articleUrl, { channelId: channel, triggerId });
    const ackMs = performance.now() - started;
    return { kind: 'command', jobId: `command-${triggerId}-0`, target: { channel, responseUrl }, ackStatus: response.status, ackMs };
  }

  it('SIGKILL and restart under load: every ack within 3 s; accepted requests get a summary, the rest "try again", each exactly once', async () => {
    const restart = new Promise<void>((resolve, reject) => {
      setTimeout(() => stack.redis.restart(REDIS_DOWN_FOR_MS).then(resolve, reject), REDIS_DOWN_AT_MS);
    });
    const pending: Array<Promise<SentRequest>> = [];
    for (let index = 0; index < REQUESTS; index += 1) {
      pending.push(send(index));
      await new Promise((resolve) => setTimeout(resolve, SPACING_MS));
    }
    const sent = await Promise.all(pending);
    await restart;

    await waitUntil(
      () => sent.every((request) => outcomesFor(stack.slack, request.target).length > 0 && !hasPendingPlaceholder(stack.slack, request.target)),
      'an answer to every request',
      // A job whose release was cut off by the crash starts when its park time is over (UNCONFIRMED_PARK_MS).
      UNCONFIRMED_PARK_MS + 15_000,
    );
    await waitUntil(async () => (await stack.web.queue.getJobCountByTypes('waiting', 'active', 'delayed', 'prioritized')) === 0, 'an idle queue');

    const accepted: SentRequest[] = [];
    for (const request of sent) if (await stack.web.queue.getJob(request.jobId)) accepted.push(request);
    const outcomes = sent.map((request) => outcomesFor(stack.slack, request.target));
    const summarized = outcomes.filter((seen) => seen.length === 1 && seen[0]!.kind === 'summary').length;
    const toldToRetry = outcomes.filter((seen) => seen.length === 1 && seen[0]!.kind === 'try_again').length;
    const duplicates = outcomes.filter((seen) => seen.length > 1).length;
    const maxAckMs = Math.max(...sent.map((request) => request.ackMs));
    reportFaultFigures('Redis SIGKILL and restart under load', { requests: REQUESTS, accepted: accepted.length, summarized, toldToRetry, duplicates, maxAckMs: Math.round(maxAckMs) });

    expect(sent.every((request) => request.ackStatus === 200)).toBe(true);
    expect(maxAckMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    expect(duplicates).toBe(0);
    expect(summarized).toBe(accepted.length);
    expect(summarized + toldToRetry).toBe(REQUESTS);
    // The outage really hit: some requests could not be queued, and Redis came back for the later ones.
    expect(toldToRetry).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);
    for (const request of sent) {
      const [outcome] = outcomesFor(stack.slack, request.target);
      // Commands say "try again" privately through the response_url; mentions in their thread.
      if (outcome!.kind === 'try_again') expect(outcome!.where).toBe(request.kind === 'command' ? 'response_url' : 'channel');
    }
  }, UNCONFIRMED_PARK_MS + 60_000);

  it('Redis frozen past the enqueue timeout: "try again" at once, and the job that lands late is withdrawn unseen', async () => {
    // A stalled Redis (SIGSTOP: connections stay open, nothing is answered) cannot refuse a command: the add waits
    // in the socket, the user is told to try again, and the add runs when Redis wakes up. It must not be answered.
    const events = new QueueEvents(SUMMARY_QUEUE_NAME, { connection: { url: stack.redis.url }, prefix: stack.redis.prefix });
    await events.waitUntilReady();
    const removed: string[] = [];
    events.on('removed', ({ jobId }) => removed.push(jobId));
    try {
      stack.redis.freeze();
      const frozen = [await send(1_000, 'command'), await send(1_001, 'mention')];
      await stack.slack.waitFor(() => frozen.every((request) => outcomesFor(stack.slack, request.target).length > 0), 'try again, while Redis is frozen');
      stack.redis.thaw();

      await waitUntil(() => frozen.every((request) => removed.includes(request.jobId)), 'the late jobs withdrawn');
      await waitUntil(async () => (await stack.web.queue.getJobCountByTypes('waiting', 'active', 'delayed', 'prioritized')) === 0, 'an idle queue');
      for (const request of frozen) {
        expect(outcomesFor(stack.slack, request.target).map((outcome) => outcome.kind)).toEqual(['try_again']);
        expect(stack.slack.messagesIn(request.target.channel)).toHaveLength(request.kind === 'mention' ? 1 : 0); // no placeholder
      }
    } finally {
      stack.redis.thaw();
      await events.close();
    }
  }, 30_000);

  it('Redis runs the add but dies before replying: "try again", and the job it wrote is withdrawn unseen', async () => {
    // Only this web process talks to Redis through the proxy; the workers keep their own direct connections.
    const proxy = await new TcpProxy('127.0.0.1', Number(new URL(stack.redis.url).port)).start();
    const web = new WebServer(loadWebConfig({ ...stack.env, REDIS_URL: `redis://127.0.0.1:${proxy.port}` }), stack.logger('newsbot-web'), {
      allowPrivateAddressesForTests: ['127.0.0.1'],
    });
    const webUrl = `http://127.0.0.1:${await web.start(0)}`;
    try {
      await waitUntil(async () => (await fetch(`${webUrl}/readyz`)).status === 200, 'the proxied web process connected');
      const target = { channel: 'C0LOSTREPLY', responseUrl: stack.slack.responseUrl('lost-reply') };
      const jobId = 'command-1700001000.lostreply-0';
      proxy.swallowReplies();
      const body = slashCommandBody({ text: articleUrl, channel_id: target.channel, trigger_id: '1700001000.lostreply', response_url: target.responseUrl });
      expect((await postSigned(`${webUrl}/slack/events`, SIGNING_SECRET, body, 'application/x-www-form-urlencoded')).status).toBe(200);
      await waitUntil(async () => (await stack.web.queue.getJob(jobId)) !== undefined, 'Redis ran the add');
      proxy.cutAndRefuse();
      await stack.slack.waitFor(() => outcomesFor(stack.slack, target).length > 0, 'try again');
      proxy.acceptAgain();

      await waitUntil(async () => (await stack.web.queue.getJob(jobId)) === undefined, 'the written job withdrawn');
      expect(outcomesFor(stack.slack, target).map((outcome) => outcome.kind)).toEqual(['try_again']);
      expect(stack.slack.messagesIn(target.channel)).toHaveLength(0);
    } finally {
      await web.stop();
      await proxy.stop();
    }
  }, 30_000);
});
