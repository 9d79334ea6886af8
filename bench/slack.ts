/**
 * `npm run bench`: how fast the web process answers Slack, and what the whole pipeline adds, measured in one run.
 *
 * 1. Ack throughput and latency of `/summarize` at 50 connections, beside a minimal Bolt app that only acks and
 *    calls `queue.add` (the baseline: the least any Bolt + BullMQ bot can do). The ratios are the figures.
 * 2. End-to-end overhead: signed request → final Slack call, at a fixed 100 requests/s, with an instant fake LLM
 *    and a local article page, with one and with two worker processes (BENCH_E2E_WORKERS, e.g. "1x16,2x16": worker
 *    processes × concurrency), then at 20 requests/s; with the CPU each part spent per request.
 * 3. The worker's CPU per job, stage by stage (bench/workerStages.ts).
 * Everything runs locally: its own redis-server, a fake Slack Web API, a fake OpenAI server.
 * Knobs: BENCH_DURATION_MS (ack, per server), BENCH_E2E_SECONDS, BENCH_E2E_WORKERS, BENCH_STAGE_JOBS, BENCH_SKIP_ACK=1
 * (end to end only), BENCH_WORKER_NODE_OPTIONS (NODE_OPTIONS of the worker processes), NEWSBOT_PROFILE_WORKER=<dir>
 * (a V8 CPU profile of each worker process, see test/support/spawnWorker.ts).
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WorkerHeartbeat } from '../src/admin/workerRegistry';
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
import { BENCH_ARTICLE, BENCH_ARTICLE_TITLE } from './support/fakesProcess';
import { measureStages } from './workerStages';

const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench';
const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const E2E_RATE = 100;
const E2E_LOW_RATE = 20;
const E2E_SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);
const E2E_WARMUP_SECONDS = 2;
const STAGE_JOBS = Number(process.env.BENCH_STAGE_JOBS ?? 1_000);
const STAGE_WARMUP = 500;

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
  // After queueing, the web process checks that a worker is alive (and tells the user when none is). In production
  // one is; announce one here so the run measures that case, not a note posted for every request.
  const heartbeatConnection = new Redis(redis.url);
  const heartbeat = new WorkerHeartbeat(heartbeatConnection, `${redis.prefix}-ours`, { concurrency: 1, version: 'bench' });
  heartbeat.start();
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
  await heartbeat.stop();
  heartbeatConnection.disconnect();
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

/** Redis CPU seconds (user + system), from INFO. */
async function redisCpuSeconds(url: string): Promise<number> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const info = (await client.info('cpu')).replace(/\r/g, '');
    const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
    return field('used_cpu_user') + field('used_cpu_sys');
  } finally {
    client.disconnect();
  }
}

/** CPU seconds the whole machine spent busy (all processes, all CPUs), from /proc/stat; NaN where there is none. */
function machineBusySeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return (fields.reduce((sum, value) => sum + value, 0) - idle) / 100;
  } catch {
    return Number.NaN;
  }
}

function benchCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

export interface EndToEndSetup {
  rate: number;
  seconds: number;
  /** Worker processes, each with `concurrency` jobs at a time. */
  workers: number;
  concurrency: number;
}

export interface EndToEndResult extends EndToEndSetup {
  sent: number;
  answered: number;
  /** Signed request → final chat.update, ms, sorted. */
  latencies: number[];
  /** Signed request → placeholder posted (queue wait + pick-up), ms, sorted. */
  toPlaceholder: number[];
  /** Placeholder → final chat.update (fetch, extract, AI, grounding, render, Slack), ms, sorted. */
  processing: number[];
  /** CPU per request, ms: all worker processes together; this process (web server, fakes, load generator); Redis. */
  cpuMsPerJob: { workers: number; benchProcess: number; redis: number };
  /** Cores the machine was busy on average while measuring, and how many of those were the bench's own processes. */
  machineCores: { busy: number; ours: number };
}

const sorted = (values: number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

/**
 * Requests at a fixed rate into the web process; the workers run as their own processes, as in production, so the
 * figures include the real hops (HTTP → Redis → worker → article server → AI → Slack). The fakes and the web server
 * share this process.
 */
async function endToEndBenchmark(
  redis: { url: string; prefix: string },
  openai: FakeOpenAi,
  articleUrl: string,
  setup: EndToEndSetup,
): Promise<EndToEndResult> {
  const { rate, seconds, workers: workerCount, concurrency } = setup;
  // A Slack of its own per run: the fake keeps every message and finds the one to update by a linear search, which
  // would grow with the runs before it.
  const slack = await new FakeSlack().start();
  const silent = createLogger({ name: 'bench', level: 'silent', pretty: false });
  const tag = `R${rate}W${workerCount}C${concurrency}`;
  const env = {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `${redis.prefix}-e2e-${tag}`,
    LOG_LEVEL: 'silent',
    SUMMARIZER: 'openai',
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: openai.baseUrl,
    WORKER_CONCURRENCY: String(concurrency),
    WORKER_METRICS_PORT: '0',
    METRICS_PUBLIC: 'true',
    FETCH_ALLOWED_PORTS: `80,443,${new URL(articleUrl).port}`,
    ...(process.env.BENCH_WORKER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS } : {}),
  };
  const web = new WebServer(loadWebConfig(env), silent, { allowPrivateAddressesForTests: ['127.0.0.1'] });
  const origin = `http://127.0.0.1:${await web.start(0)}`;
  const workers = await Promise.all(Array.from({ length: workerCount }, () => spawnWorker(env)));
  const workersCpu = async () => (await Promise.all(workers.map((worker) => workerCpuSeconds(worker.metricsPort)))).reduce((a, b) => a + b, 0);

  /** Sends `count` requests at `rate`, channels `${prefix}${index}`; resolves with the send times once all are answered. */
  const run = async (prefix: string, count: number): Promise<Map<string, number>> => {
    const sentAt = new Map<string, number>();
    const started = performance.now();
    for (let index = 0; index < count; index += 1) {
      const due = started + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const channel = `${prefix}${index}`;
      const request = signedCommand(articleUrl, slack.responseUrl('e2e'), channel);
      sentAt.set(channel, Date.now());
      void fetch(`${origin}${request.path}`, { method: 'POST', headers: request.headers, body: request.body }).then((response) => response.arrayBuffer());
    }
    const deadline = performance.now() + 120_000;
    const answeredCount = () => slack.messages.filter((message) => message.updates > 0 && sentAt.has(message.channel)).length;
    while (answeredCount() < count && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return sentAt;
  };

  // Warm-up at the measured rate (JIT under concurrency, connection pools, first auth.test): 2 s, not measured.
  await run(`${tag}W`, Math.max(20, rate * E2E_WARMUP_SECONDS));

  const cpuBefore = { workers: await workersCpu(), bench: benchCpuSeconds(), redis: await redisCpuSeconds(redis.url), machine: machineBusySeconds() };
  const total = rate * seconds;
  const measureStarted = performance.now();
  const sentAt = await run(`${tag}M`, total);
  const cpuAfter = { workers: await workersCpu(), bench: benchCpuSeconds(), redis: await redisCpuSeconds(redis.url), machine: machineBusySeconds() };
  const measuredSeconds = (performance.now() - measureStarted) / 1000;

  const posted = new Map<string, number>();
  const updated = new Map<string, number>();
  for (const call of slack.calls) {
    const channel = String(call.body.channel);
    if (!sentAt.has(channel)) continue;
    if (call.method === 'chat.postMessage' && !posted.has(channel)) posted.set(channel, call.at);
    if (call.method === 'chat.update') updated.set(channel, call.at);
  }
  const channels = [...sentAt.keys()].filter((channel) => updated.has(channel));
  await Promise.all(workers.map(async (worker) => {
    worker.process.kill('SIGTERM');
    await worker.exited;
  }));
  await web.stop();
  await slack.stop();
  const perJob = (before: number, after: number) => ((after - before) * 1000) / total;
  return {
    ...setup,
    sent: total,
    answered: channels.length,
    latencies: sorted(channels.map((channel) => updated.get(channel)! - sentAt.get(channel)!)),
    toPlaceholder: sorted(channels.map((channel) => (posted.get(channel) ?? NaN) - sentAt.get(channel)!)),
    processing: sorted(channels.map((channel) => updated.get(channel)! - (posted.get(channel) ?? NaN))),
    cpuMsPerJob: {
      workers: perJob(cpuBefore.workers, cpuAfter.workers),
      benchProcess: perJob(cpuBefore.bench, cpuAfter.bench),
      redis: perJob(cpuBefore.redis, cpuAfter.redis),
    },
    machineCores: {
      busy: (cpuAfter.machine - cpuBefore.machine) / measuredSeconds,
      ours: (cpuAfter.workers - cpuBefore.workers + cpuAfter.bench - cpuBefore.bench + cpuAfter.redis - cpuBefore.redis) / measuredSeconds,
    },
  };
}

const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

function machineLine(): string {
  const [one = NaN, five = NaN] = loadavg();
  return `${cpus().length} CPUs, load average ${one.toFixed(2)} (1 min) ${five.toFixed(2)} (5 min)`;
}

/** "1x16,2x16": worker processes × concurrency per process. */
function e2eSetups(): Array<{ workers: number; concurrency: number }> {
  return (process.env.BENCH_E2E_WORKERS ?? '1x16,2x16').split(',').map((item) => {
    const [workers, concurrency] = item.split('x').map(Number);
    if (!Number.isInteger(workers) || !Number.isInteger(concurrency) || workers! < 1 || concurrency! < 1) throw new Error(`BENCH_E2E_WORKERS: bad item ${item}`);
    return { workers: workers!, concurrency: concurrency! };
  });
}

async function main(): Promise<void> {
  const redis = await startTestRedis();
  const slack = await new FakeSlack().start();
  const openai = await new FakeOpenAi().start();
  const articles = await new ArticleServer().start();
  const article = readFileSync(join(__dirname, '..', BENCH_ARTICLE), 'utf8');
  const page = newsPage(BENCH_ARTICLE_TITLE, article);
  const articleUrl = articles.page('/news/visit', page);
  try {
    process.stdout.write(`newsbot bench (node ${process.version}; ${machineLine()} at start)\n\n`);
    if (!process.env.BENCH_SKIP_ACK) {
      const ack = await ackBenchmark(redis, slack, articleUrl);
      const rpsRatio = ack.ours.requestsPerSecond / ack.baseline.requestsPerSecond;
      const p99Ratio = percentile(ack.ours.latencies, 99) / percentile(ack.baseline.latencies, 99);
      process.stdout.write(`/summarize ack (signed request → HTTP 200), closed loop, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per server in two interleaved halves\n`);
      process.stdout.write('| server | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|\n');
      process.stdout.write(`${row('minimal Bolt app (ack + queue.add)', ack.baseline)}\n${row('newsbot web', ack.ours)}\n`);
      process.stdout.write(`ack req/s ratio newsbot/baseline: ${rpsRatio.toFixed(2)}× (target ≥ 0.8×) ${verdict(rpsRatio >= 0.8)}\n`);
      process.stdout.write(`ack p99 ratio newsbot/baseline:   ${p99Ratio.toFixed(2)}× (target ≤ 1.5×) ${verdict(p99Ratio <= 1.5)}\n\n`);
    }

    process.stdout.write('End to end: signed request → final chat.update\n');
    process.stdout.write(
      `setup: instant fake LLM (local OpenAI-compatible server); article ${BENCH_ARTICLE} (${article.length} chars of text) served as a ` +
        `${(Buffer.byteLength(page) / 1024).toFixed(1)} kB news page (nav, article, aside, footer) by a local server; web server, fakes and ` +
        `load generator share this process; each worker is its own process; ${E2E_WARMUP_SECONDS} s warm-up at the rate, then ${E2E_SECONDS} s measured\n`,
    );
    process.stdout.write(
      '| rate | workers × concurrency | answered | p50 ms | p99 ms | max ms | to placeholder p50/p99 | placeholder → final p50/p99 | CPU ms/request: workers / this process / redis | cores busy: ours / whole machine |\n' +
        '|---|---|---|---|---|---|---|---|---|---|\n',
    );
    const results: EndToEndResult[] = [];
    const setups = [...e2eSetups().map((setup) => ({ ...setup, rate: E2E_RATE })), { workers: 1, concurrency: e2eSetups()[0]!.concurrency, rate: E2E_LOW_RATE }];
    for (const setup of setups) {
      const e2e = await endToEndBenchmark(redis, openai, articleUrl, { ...setup, seconds: E2E_SECONDS });
      results.push(e2e);
      const cpu = e2e.cpuMsPerJob;
      process.stdout.write(
        `| ${e2e.rate} req/s | ${e2e.workers} × ${e2e.concurrency} | ${e2e.answered}/${e2e.sent} | ${ms(percentile(e2e.latencies, 50))} | ${ms(percentile(e2e.latencies, 99))} | ` +
          `${ms(percentile(e2e.latencies, 100))} | ${ms(percentile(e2e.toPlaceholder, 50))} / ${ms(percentile(e2e.toPlaceholder, 99))} | ` +
          `${ms(percentile(e2e.processing, 50))} / ${ms(percentile(e2e.processing, 99))} | ${cpu.workers.toFixed(1)} / ${cpu.benchProcess.toFixed(1)} / ${cpu.redis.toFixed(1)} | ${e2e.machineCores.ours.toFixed(2)} / ${ms(e2e.machineCores.busy)} |\n`,
      );
    }
    process.stdout.write(`targets at ${E2E_RATE} req/s: p50 ≤ 25 ms, p99 ≤ 100 ms\n`);
    for (const e2e of results.filter((result) => result.rate === E2E_RATE)) {
      const p50 = percentile(e2e.latencies, 50);
      const p99 = percentile(e2e.latencies, 99);
      const complete = e2e.answered === e2e.sent;
      process.stdout.write(
        `  ${e2e.workers} worker process${e2e.workers > 1 ? 'es' : ''} × concurrency ${e2e.concurrency}: p50 ${ms(p50)} ms ${verdict(complete && p50 <= 25)}, ` +
          `p99 ${ms(p99)} ms ${verdict(complete && p99 <= 100)}${complete ? '' : ` (only ${e2e.answered}/${e2e.sent} answered)`}\n`,
      );
    }
    process.stdout.write(
      `CPU budget: "cores busy" is CPU seconds per second while measuring: "ours" = workers + this process + Redis, "whole machine" = every ` +
        `process (/proc/stat), so the difference is what else ran meanwhile; the machine has ${cpus().length} CPUs. "this process" holds the ` +
        'web server (as in production) and the fakes and load generator (not in production).\n',
    );

    const stages = await measureStages(STAGE_JOBS, STAGE_WARMUP);
    process.stdout.write(
      `\nWorker CPU per job by stage (ms; one job at a time in this process, fakes in a child process, ${STAGE_JOBS} jobs after ${STAGE_WARMUP} warm-up; ` +
        'queue work and BullMQ are not included, see "CPU ms/request: workers" above):\n',
    );
    process.stdout.write(`| ${Object.keys(stages).join(' | ')} |\n|${Object.keys(stages).map(() => '---|').join('')}\n| ${Object.values(stages).map((value) => value.toFixed(2)).join(' | ')} |\n`);
    process.stdout.write(`\n${machineLine()} at end\n`);
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
