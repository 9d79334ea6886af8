/**
 * `npm run bench`: how fast the web process answers Slack, and what the whole pipeline adds, measured in one run.
 *
 * 1. Ack throughput and latency of `/summarize` at 50 connections, beside a minimal Bolt app that only acks and
 *    calls `queue.add` (the baseline: the least any Bolt + BullMQ bot can do). The ratios are the figures.
 * 2. End-to-end overhead: signed request → final Slack call, at a fixed 100 requests/s, with an instant fake LLM
 *    and a local article page.
 * Everything runs locally: its own redis-server, a fake Slack Web API, a fake OpenAI server.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadWebConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { WebServer } from '../src/web/webServer';
import { ArticleServer, newsPage } from '../test/support/articleServer';
import { FakeOpenAi } from '../test/support/fakeOpenAi';
import { FakeSlack } from '../test/support/fakeSlack';
import { startTestRedis } from '../test/support/redisServer';
import { slackSignature, slashCommandBody } from '../test/support/slackRequests';
import { spawnWorker } from '../test/support/spawnWorker';
import { percentile, runClosedLoop, type LoadResult } from './loadGenerator';

const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const E2E_RATE = 100;
const E2E_LOW_RATE = 20;
const E2E_SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);

let sequence = 0;
function signedCommand(text: string, responseUrl: string, channel = 'C0BENCH') {
  sequence += 1;
  const body = slashCommandBody({ text, response_url: responseUrl, trigger_id: `${sequence}.${process.pid}.bench`, channel_id: channel });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    path: '/slack/events',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SECRET, timestamp, body),
    },
    body,
  };
}

/** The baseline: Bolt's own receiver, a listener that acks and enqueues, nothing else. */
async function startBaseline(redisUrl: string, prefix: string, slackApiUrl: string) {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  await once(connection, 'ready');
  const queue = new Queue('baseline', { connection, prefix });
  const receiver = new ExpressReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
  const app = new App({ token: TOKEN, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl } });
  app.command('/summarize', async ({ command, ack }) => {
    await ack();
    await queue.add('summarize', { text: command.text, channel: command.channel_id }, { jobId: `c-${command.trigger_id}`, removeOnComplete: true });
  });
  const server = receiver.app.listen(0);
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await queue.close();
      connection.disconnect();
    },
  };
}

function row(name: string, result: LoadResult): string {
  const p50 = percentile(result.latencies, 50).toFixed(2);
  const p99 = percentile(result.latencies, 99).toFixed(2);
  return `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${p50} | ${p99} | ${result.errors + result.nonOk} |`;
}

async function ackBenchmark(redis: { url: string; prefix: string }, slack: FakeSlack, articleUrl: string) {
  const silent = createLogger({ name: 'bench', level: 'silent', pretty: false });
  const web = new WebServer(
    loadWebConfig({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `${redis.prefix}-ours`,
      LOG_LEVEL: 'silent',
      FETCH_ALLOWED_PORTS: `80,443,${new URL(articleUrl).port}`,
    }),
    silent,
    { allowPrivateAddressesForTests: ['127.0.0.1'] },
  );
  const ours = `http://127.0.0.1:${await web.start(0)}`;
  const baseline = await startBaseline(redis.url, `${redis.prefix}-base`, slack.apiUrl);
  const responseUrl = slack.responseUrl('bench');
  const load = (origin: string, durationMs: number) =>
    runClosedLoop({ origin, connections: CONNECTIONS, durationMs, next: () => signedCommand(articleUrl, responseUrl) });

  // Warm both (JIT, connection pools, Bolt's first auth.test), then measure each twice, interleaved.
  await load(baseline.origin, 1_500);
  await load(ours, 1_500);
  const results = { baseline: [] as LoadResult[], ours: [] as LoadResult[] };
  for (let round = 0; round < 2; round += 1) {
    results.baseline.push(await load(baseline.origin, DURATION_MS / 2));
    results.ours.push(await load(ours, DURATION_MS / 2));
  }
  await baseline.stop();
  await web.stop();
  const merge = (parts: LoadResult[]): LoadResult => ({
    requests: parts.reduce((sum, part) => sum + part.requests, 0),
    errors: parts.reduce((sum, part) => sum + part.errors, 0),
    nonOk: parts.reduce((sum, part) => sum + part.nonOk, 0),
    requestsPerSecond: parts.reduce((sum, part) => sum + part.requestsPerSecond, 0) / parts.length,
    latencies: parts.flatMap((part) => part.latencies).sort((a, b) => a - b),
  });
  return { baseline: merge(results.baseline), ours: merge(results.ours) };
}

/** Worker CPU seconds, read from its Prometheus endpoint. */
async function workerCpuSeconds(metricsPort: number): Promise<number> {
  const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const line = metrics.split('\n').find((candidate) => candidate.startsWith('process_cpu_seconds_total '));
  return Number(line?.split(' ')[1] ?? NaN);
}

/**
 * Requests at a fixed rate into the web process; the worker runs as its own process, as in production, so the
 * figures include the real hops (HTTP → Redis → worker → article server → AI → Slack).
 */
async function endToEndBenchmark(
  redis: { url: string; prefix: string },
  slack: FakeSlack,
  openai: FakeOpenAi,
  articleUrl: string,
  rate: number,
  seconds: number,
) {
  const silent = createLogger({ name: 'bench', level: 'silent', pretty: false });
  const env = {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `${redis.prefix}-e2e-${rate}`,
    LOG_LEVEL: 'silent',
    SUMMARIZER: 'openai',
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: openai.baseUrl,
    WORKER_CONCURRENCY: '16',
    WORKER_METRICS_PORT: '0',
    METRICS_PUBLIC: 'true',
    FETCH_ALLOWED_PORTS: `80,443,${new URL(articleUrl).port}`,
  };
  const web = new WebServer(loadWebConfig(env), silent, { allowPrivateAddressesForTests: ['127.0.0.1'] });
  const origin = `http://127.0.0.1:${await web.start(0)}`;
  const worker = await spawnWorker(env);
  const prefix = `R${rate}E`;

  // Warm-up: JIT, connection pools, first auth.test.
  for (let index = 0; index < 20; index += 1) {
    const request = signedCommand(articleUrl, slack.responseUrl('warm'), `${prefix}W${index}`);
    await fetch(`${origin}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  }
  const warmDone = () => slack.messages.filter((message) => message.channel.startsWith(`${prefix}W`) && message.updates > 0).length === 20;
  while (!warmDone()) await new Promise((resolve) => setTimeout(resolve, 20));

  const cpuBefore = await workerCpuSeconds(worker.metricsPort);
  const sentAt = new Map<string, number>();
  const total = rate * seconds;
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const channel = `${prefix}${index}`;
    const request = signedCommand(articleUrl, slack.responseUrl('e2e'), channel);
    sentAt.set(channel, Date.now());
    void fetch(`${origin}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  }
  const answered = () => slack.messages.filter((message) => message.channel.startsWith(prefix) && !message.channel.startsWith(`${prefix}W`) && message.updates > 0);
  const deadline = performance.now() + 120_000;
  while (answered().length < total && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const cpuAfter = await workerCpuSeconds(worker.metricsPort);

  const updates = new Map<string, number>();
  for (const call of slack.calls) if (call.method === 'chat.update') updates.set(String(call.body.channel), call.at);
  const latencies = answered()
    .map((message) => (updates.get(message.channel) ?? NaN) - (sentAt.get(message.channel) ?? NaN))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  worker.process.kill('SIGTERM');
  await worker.exited;
  await web.stop();
  return { rate, sent: total, answered: latencies.length, latencies, workerCpuMsPerJob: ((cpuAfter - cpuBefore) * 1000) / total };
}

async function main(): Promise<void> {
  const redis = await startTestRedis();
  const slack = await new FakeSlack().start();
  const openai = await new FakeOpenAi().start();
  const articles = await new ArticleServer().start();
  const article = readFileSync(join(__dirname, '../test/fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
  const articleUrl = articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', article));
  try {
    process.stdout.write(`newsbot bench (node ${process.version}, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per server)\n\n`);
    const ack = await ackBenchmark(redis, slack, articleUrl);
    const rpsRatio = ack.ours.requestsPerSecond / ack.baseline.requestsPerSecond;
    const p99Ratio = percentile(ack.ours.latencies, 99) / percentile(ack.baseline.latencies, 99);
    process.stdout.write('/summarize ack (signed request → HTTP 200)\n');
    process.stdout.write('| server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n');
    process.stdout.write(`${row('minimal Bolt app (ack + queue.add)', ack.baseline)}\n${row('newsbot web', ack.ours)}\n`);
    process.stdout.write(`ratio newsbot/baseline: req/s ${rpsRatio.toFixed(2)}× (target ≥ 0.8×), p99 ${p99Ratio.toFixed(2)}× (target ≤ 1.5×)\n\n`);

    process.stdout.write('End to end: signed request → final chat.update (instant fake LLM, local article, one worker process)\n');
    process.stdout.write('| rate | answered | p50 ms | p99 ms | max ms | worker CPU ms/job |\n|---|---|---|---|---|---|\n');
    for (const rate of [E2E_RATE, E2E_LOW_RATE]) {
      const e2e = await endToEndBenchmark(redis, slack, openai, articleUrl, rate, E2E_SECONDS);
      const figures = [50, 99, 100].map((p) => percentile(e2e.latencies, p).toFixed(1));
      process.stdout.write(`| ${rate} req/s | ${e2e.answered}/${e2e.sent} | ${figures.join(' | ')} | ${e2e.workerCpuMsPerJob.toFixed(1)} |\n`);
    }
    process.stdout.write('targets at 100 req/s: p50 ≤ 25 ms, p99 ≤ 100 ms\n');
  } finally {
    await Promise.allSettled([slack.stop(), openai.stop(), articles.stop()]);
    await redis.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
