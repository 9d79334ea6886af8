import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';
import { hasPendingPlaceholder, outcomesFor, type RequestTarget } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';

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

describe('Redis stopped and restarted while requests arrive', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    // Production Redis keeps its data across a restart (append-only file); so does this one.
    stack = await TestStack.start({ engine: 'offline', workers: 2, persistentRedis: true });
    articleUrl = stack.articles.page('/news/merger', newsPage('Halvorsen to buy Kestrel', ARTICLE));
  });
  afterAll(() => stack.stop());

  async function send(index: number): Promise<SentRequest> {
    const started = performance.now();
    if (index % 4 === 3) {
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

  it('acks every request within 3 s, and answers each exactly once: accepted ones with a summary, the rest with "try again"', async () => {
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
      30_000,
    );
    await waitUntil(async () => (await stack.web.queue.getJobCountByTypes('waiting', 'active', 'delayed', 'prioritized')) === 0, 'an idle queue');

    const accepted: SentRequest[] = [];
    for (const request of sent) if (await stack.web.queue.getJob(request.jobId)) accepted.push(request);
    const outcomes = sent.map((request) => outcomesFor(stack.slack, request.target));
    const summarized = outcomes.filter((seen) => seen.length === 1 && seen[0]!.kind === 'summary').length;
    const toldToRetry = outcomes.filter((seen) => seen.length === 1 && seen[0]!.kind === 'try_again').length;
    const duplicates = outcomes.filter((seen) => seen.length > 1).length;
    const maxAckMs = Math.max(...sent.map((request) => request.ackMs));
    process.stdout.write(
      `${JSON.stringify({ fault: 'redis restart under load', requests: REQUESTS, accepted: accepted.length, summarized, toldToRetry, duplicates, maxAckMs: Math.round(maxAckMs) })}\n`,
    );

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
  }, 60_000);
});
