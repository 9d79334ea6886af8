import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { ADMIN_TOKEN, TestStack } from '../support/testStack';
import { waitUntil } from '../support/waitUntil';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };
/** Small on purpose: the waiting job passes it within the test. */
const MAX_WAITING_AGE_MS = 300;
const FAILED_JOB = 'mention-Ev0BACKLOGFAIL-0';
const FAILED_REASON = 'the bot cannot post here (channel_not_found) and the request has no response_url';

/** One sample of a Prometheus text exposition, e.g. `newsbot_queue_jobs{state="waiting"}`. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

interface Report {
  status: string;
  reasons: string[];
  queue: { counts: Record<string, number>; oldestWaitingAgeMs: number | null };
  workers: unknown[];
  lastHour: { completed: number; failed: number; topFailureReasons: Array<{ reason: string; count: number }> };
}

/**
 * The paths of `/admin/health` and of the web process's queue gauges that only a backlog and a failed job reach:
 * a job that failed with a known reason, then no worker and a job waiting past HEALTH_MAX_WAITING_AGE_MS.
 */
describe('a backlog and a failure, as /admin/health and the web /metrics show them', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 1, env: { HEALTH_MAX_WAITING_AGE_MS: String(MAX_WAITING_AGE_MS) } });
    articleUrl = stack.articles.page('/news/backlog', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
    // The web process's Redis connection may still be connecting right after start-up.
    await waitUntil(async () => (await fetch(`${stack.webUrl}/readyz`)).ok, 'the web process reaches Redis');
  });
  afterAll(() => stack.stop());

  const webMetrics = async () => (await fetch(`${stack.webUrl}/metrics`, { headers: auth })).text();
  const health = async () => {
    const response = await fetch(`${stack.webUrl}/admin/health`, { headers: auth });
    expect(response.status).toBe(200);
    return (await response.json()) as Report;
  };

  it('exports the live worker and an empty queue from the web process', async () => {
    const metrics = await webMetrics();
    expect(sample(metrics, 'newsbot_redis_up')).toBe(1);
    expect(sample(metrics, 'newsbot_live_workers')).toBe(1);
    expect(sample(metrics, 'newsbot_queue_oldest_waiting_seconds')).toBe(0);
    expect(sample(metrics, 'newsbot_queue_jobs{state="waiting"}')).toBe(0);
  });

  it('lists a failed job of the last hour with its reason', async () => {
    // A mention has no response_url: when the bot may not post in the channel, the job fails at once.
    stack.slack.failNext('chat.postMessage', ...Array.from({ length: 2 }, () => ({ kind: 'platform_error' as const, error: 'channel_not_found' })));
    await stack.mention({ eventId: 'Ev0BACKLOGFAIL', channel: 'C0BACKLOG', text: `<@U0BOT> <${articleUrl}>` });
    await waitUntil(async () => (await stack.web.queue.getJobState(FAILED_JOB)) === 'failed', 'the job failed');

    const report = await health();
    expect(report.status).toBe('ok');
    expect(report.queue.counts).toMatchObject({ failed: 1, waiting: 0 });
    expect(report.lastHour).toEqual({ completed: 0, failed: 1, topFailureReasons: [{ reason: FAILED_REASON, count: 1 }] });
    expect(sample(await webMetrics(), 'newsbot_queue_jobs{state="failed"}')).toBe(1);

    // The safety net's attempt to tell the user (refused too) is logged as a line of that job.
    await waitUntil(() => stack.logs.text.includes('could not tell the user that the job failed'), 'the safety net gave up');
    const jobLines = stack.logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.name === 'newsbot-worker' && entry.jobId === FAILED_JOB);
    expect(jobLines.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['cannot answer this request anywhere', 'could not tell the user that the job failed']),
    );
    for (const entry of jobLines) expect(entry).toMatchObject({ team: 'T0TEST', channel: 'C0BACKLOG', stage: 'post' });
  });

  it('turns degraded when no worker is alive and a job waits longer than the threshold, and the gauges say so', async () => {
    await stack.workers[0]!.stop();
    const enqueuedAt = Date.now();
    await stack.command(articleUrl, { channelId: 'C0BACKLOG2' });
    await waitUntil(async () => (await health()).queue.counts.waiting === 1, 'the job waits');
    await new Promise((resolve) => setTimeout(resolve, MAX_WAITING_AGE_MS + 100));

    const report = await health();
    expect(report.status).toBe('degraded');
    expect(report.workers).toEqual([]);
    expect(report.reasons).toEqual([
      expect.stringContaining('no live worker'),
      expect.stringMatching(/^oldest waiting job is \d+ s old \(threshold 0 s\)$/),
    ]);
    expect(report.queue.oldestWaitingAgeMs).toBeGreaterThan(MAX_WAITING_AGE_MS);
    expect(report.queue.oldestWaitingAgeMs).toBeLessThanOrEqual(Date.now() - enqueuedAt + 50);
    expect(report.lastHour.failed).toBe(1);
    expect(report.lastHour.topFailureReasons).toEqual([{ reason: FAILED_REASON, count: 1 }]);

    const metrics = await webMetrics();
    expect(sample(metrics, 'newsbot_live_workers')).toBe(0);
    expect(sample(metrics, 'newsbot_queue_jobs{state="waiting"}')).toBe(1);
    expect(sample(metrics, 'newsbot_queue_oldest_waiting_seconds')).toBeGreaterThan(MAX_WAITING_AGE_MS / 1000);
  });

  it('reports unknown gauges (not stale ones) and redis_up 0 while Redis is unreachable', async () => {
    await stack.redis.stopServer();
    try {
      const response = await fetch(`${stack.webUrl}/metrics`, { headers: auth });
      expect(response.status).toBe(200);
      const metrics = await response.text();
      expect(sample(metrics, 'newsbot_redis_up')).toBe(0);
      expect(sample(metrics, 'newsbot_live_workers')).toBeNaN();
      expect(sample(metrics, 'newsbot_queue_oldest_waiting_seconds')).toBeNaN();
      expect(sample(metrics, 'newsbot_queue_jobs{state="waiting"}')).toBeUndefined();
    } finally {
      await stack.redis.startServer();
    }
  });
});
