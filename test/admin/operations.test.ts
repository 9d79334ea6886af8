import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { ADMIN_TOKEN, BOT_TOKEN, OPENAI_KEY, SIGNING_SECRET, TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** Reads one sample of a Prometheus text exposition, e.g. `newsbot_jobs_total{outcome="summarized"}`. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('operating newsbot: health, metrics and logs around real jobs', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai', workers: 1, env: { LOG_LEVEL: 'info' } });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
    await stack.command(articleUrl, { channelId: 'C0OPS1' });
    await stack.slack.waitFor(() => stack.finalMessages('C0OPS1').length === 1, 'the first summary');
    stack.openai.failNext(...Array.from({ length: 3 }, () => ({ kind: 'server_error' as const, status: 500 })));
    // Slack refuses the full message once: the delivery logs that it sends the compact one instead.
    stack.slack.failNext('chat.update', { kind: 'platform_error', error: 'msg_too_long' });
    await stack.command(articleUrl, { channelId: 'C0OPS2' });
    await stack.slack.waitFor(() => stack.finalMessages('C0OPS2').length === 1, 'the fallback summary');
  });
  afterAll(() => stack.stop());

  const workerUrl = (path: string) => `http://127.0.0.1:${stack.workerPorts[0]}${path}`;

  it('reports ok with the live worker, its concurrency and host, and the jobs of the last hour', async () => {
    const response = await fetch(`${stack.webUrl}/admin/health`, { headers: auth });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { status: string; workers: unknown[]; lastHour: { completed: number }; queue: unknown };
    expect(report.status).toBe('ok');
    expect(report.workers).toEqual([
      expect.objectContaining({ host: expect.any(String), pid: process.pid, concurrency: 4, lastSeen: expect.any(String) }),
    ]);
    expect(report.lastHour.completed).toBe(2);
    expect(report.queue).toMatchObject({ counts: { completed: 2, failed: 0 }, oldestWaitingAgeMs: null });
  });

  it('counts what the worker did: stages, outcomes, tokens, fallbacks', async () => {
    const metrics = await (await fetch(workerUrl('/metrics'), { headers: auth })).text();
    expect(sample(metrics, 'newsbot_jobs_total{outcome="summarized"}')).toBe(1);
    expect(sample(metrics, 'newsbot_jobs_total{outcome="fallback"}')).toBe(1);
    expect(sample(metrics, 'newsbot_fallbacks_total{reason="ai_unavailable"}')).toBe(1);
    expect(sample(metrics, 'newsbot_llm_calls_total{outcome="ok"}')).toBe(1);
    expect(sample(metrics, 'newsbot_llm_calls_total{outcome="failed"}')).toBe(1);
    expect(sample(metrics, 'newsbot_llm_tokens_total{direction="input"}')).toBe(1200);
    expect(sample(metrics, 'newsbot_llm_tokens_total{direction="output"}')).toBe(300);
    for (const stage of ['fetch', 'extract', 'summarize']) {
      expect(sample(metrics, `newsbot_job_stage_seconds_count{stage="${stage}"}`)).toBe(2);
    }
    expect(sample(metrics, 'newsbot_job_stage_seconds_count{stage="post"}')).toBe(4);
    expect(metrics).toContain('process_resident_memory_bytes');
    // Queue gauges come from the web process alone: one series however many workers run.
    expect(metrics).not.toContain('newsbot_queue_jobs');
  });

  it('counts what the web process received and how fast it acked', async () => {
    const metrics = await (await fetch(`${stack.webUrl}/metrics`, { headers: auth })).text();
    expect(sample(metrics, 'newsbot_slack_requests_total{kind="command",outcome="queued"}')).toBe(2);
    expect(sample(metrics, 'newsbot_slack_ack_seconds_count')).toBe(2);
    expect(sample(metrics, 'newsbot_queue_jobs{state="completed"}')).toBe(2);
    expect(sample(metrics, 'newsbot_live_workers')).toBe(1);
  });

  it('protects worker metrics with the admin token but leaves worker liveness open', async () => {
    expect((await fetch(workerUrl('/metrics'))).status).toBe(401);
    const health = await fetch(workerUrl('/healthz'));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('logs one JSON line per event with job id, team, channel and stage, without secrets or article text', () => {
    const entries = stack.logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const delivered = entries.filter((entry) => entry.msg === 'summary delivered');
    expect(delivered).toHaveLength(2);
    for (const entry of delivered) expect(entry).toMatchObject({ jobId: expect.any(String), team: 'T0TEST', channel: expect.stringMatching(/^C0OPS/) });
    expect(entries.some((entry) => entry.stage === 'summarize' && entry.msg?.toString().includes('offline engine'))).toBe(true);
    // Every line a worker logged about a job, the Slack delivery's included, says which job, where and at what stage.
    const jobLines = entries.filter((entry) => entry.name === 'newsbot-worker' && entry.msg !== 'worker started');
    expect(jobLines.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining(['stage finished', 'AI engine failed; answering with the offline engine', 'Slack refused the full message; sending the compact one']),
    );
    for (const entry of jobLines) {
      expect(entry).toMatchObject({ jobId: expect.any(String), team: 'T0TEST', channel: expect.stringMatching(/^C0OPS/), stage: expect.any(String) });
    }
    for (const secret of [BOT_TOKEN, OPENAI_KEY, SIGNING_SECRET, ADMIN_TOKEN]) expect(stack.logs.text).not.toContain(secret);
    expect(stack.logs.text).not.toContain('Ordubad and Marazad hydroelectric power plants');
  });

  it('turns degraded, saying why, when the only worker stops', async () => {
    await stack.workers[0]!.stop();
    const report = (await (await fetch(`${stack.webUrl}/admin/health`, { headers: auth })).json()) as { status: string; reasons: string[]; workers: unknown[] };
    expect(report).toMatchObject({ status: 'degraded', workers: [], reasons: [expect.stringContaining('no live worker')] });
  });
});
