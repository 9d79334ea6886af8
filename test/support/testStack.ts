import { Writable } from 'node:stream';
import { loadWebConfig, loadWorkerConfig } from '../../src/config';
import type { HostResolver } from '../../src/article/fetch';
import { loadArticle } from '../../src/article/loadArticle';
import { createLogger, type Logger } from '../../src/logger';
import type { PipelineDeps } from '../../src/summarize/pipeline';
import { createPipelineDeps, fetchOptionsFrom } from '../../src/summarize/pipelineDeps';
import { WebServer } from '../../src/web/webServer';
import { WorkerProcess } from '../../workers/workerProcess';
import { ArticleServer } from './articleServer';
import { FakeOpenAi } from './fakeOpenAi';
import { FakeSlack } from './fakeSlack';
import { startTestRedis, type TestRedis } from './redisServer';
import { mentionEnvelope, messageShortcutPayload, postSigned, shortcutBody, slashCommandBody, type MentionFields, type SignOptions } from './slackRequests';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-bot-token-SECRET';
export const OPENAI_KEY = 'sk-test-openai-key-SECRET';
export const ADMIN_TOKEN = 'admin-token-SECRET';

export interface StackOptions {
  engine: 'offline' | 'openai';
  /** Workers started in this process (0 for web-only tests). */
  workers?: number;
  /** Extra environment for both processes. */
  env?: Record<string, string>;
  /** Redis keeps its data across `stack.redis.restart()` (append-only file), as production Redis should. */
  persistentRedis?: boolean;
  /** DNS for the in-process workers' fetcher, to play a hostile DNS server; the system resolver when omitted. */
  resolver?: HostResolver;
}

/** Captures pino's JSON lines, so tests can read what was logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

/**
 * Everything a request touches, started for real on local ephemeral ports: the test's own Redis, a fake Slack
 * Web API, a fake OpenAI-compatible server, an article web server, the web process and workers.
 */
export class TestStack {
  readonly logs = new LogCapture();
  readonly workers: WorkerProcess[] = [];
  /** Metrics/health port of each in-process worker, same order as `workers`. */
  readonly workerPorts: number[] = [];
  web!: WebServer;
  webUrl = '';
  env: Record<string, string> = {};

  private constructor(
    readonly redis: TestRedis,
    readonly slack: FakeSlack,
    readonly openai: FakeOpenAi,
    readonly articles: ArticleServer,
    private readonly options: StackOptions,
  ) {}

  static async start(options: StackOptions): Promise<TestStack> {
    const [redis, slack, openai, articles] = await Promise.all([
      startTestRedis({ persistent: options.persistentRedis ?? false }),
      new FakeSlack().start(),
      new FakeOpenAi().start(),
      new ArticleServer().start(),
    ]);
    const stack = new TestStack(redis, slack, openai, articles, options);
    stack.env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      ADMIN_TOKEN,
      LOG_LEVEL: 'debug',
      SUMMARIZER: options.engine,
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: openai.baseUrl,
      OPENAI_MODEL: 'fake-model',
      OPENAI_TIMEOUT_MS: '2000',
      OPENAI_MAX_RETRIES: '1',
      JOB_BACKOFF_MS: '100',
      WORKER_METRICS_PORT: '0',
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      WORKER_SHUTDOWN_GRACE_MS: '5000',
      FETCH_TOTAL_TIMEOUT_MS: '3000',
      FETCH_ALLOWED_PORTS: `80,443,${new URL(articles.baseUrl).port}`,
      ...options.env,
    };
    stack.web = new WebServer(loadWebConfig(stack.env), stack.logger('newsbot-web'), { allowPrivateAddressesForTests: ['127.0.0.1'] });
    stack.webUrl = `http://127.0.0.1:${await stack.web.start(0)}`;
    for (let index = 0; index < (options.workers ?? 1); index += 1) await stack.startWorker();
    return stack;
  }

  logger(name: string): Logger {
    return createLogger({ name, level: 'debug', pretty: false, destination: this.logs });
  }

  async startWorker(): Promise<WorkerProcess> {
    const config = loadWorkerConfig(this.env);
    const worker = new WorkerProcess({ config, logger: this.logger('newsbot-worker'), pipeline: this.pipeline(config) });
    this.workerPorts.push(await worker.start());
    this.workers.push(worker);
    return worker;
  }

  /** The production pipeline, allowed to reach the local article server, resolving names with the test's resolver. */
  private pipeline(config: ReturnType<typeof loadWorkerConfig>): PipelineDeps {
    const testOnly = { allowPrivateAddressesForTests: ['127.0.0.1'] };
    const deps = createPipelineDeps(config, testOnly);
    const resolver = this.options.resolver;
    if (resolver === undefined) return deps;
    const fetch = { ...fetchOptionsFrom(config.fetch, testOnly), resolver };
    return { ...deps, loadArticle: (url, { signal, onStage }) => loadArticle(url, { fetch, signal, onStage }) };
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.workers.map((worker) => worker.stop()));
    await this.web.stop();
    await Promise.allSettled([this.slack.stop(), this.openai.stop(), this.articles.stop()]);
    await this.redis.close();
  }

  /** `/summarize <text>` as Slack sends it; the response_url lands on the fake Slack. */
  async command(text: string, options: SignOptions & { triggerId?: string; channelId?: string } = {}): Promise<{ response: Response; responseUrl: string; body: string }> {
    const responseId = `cmd-${Math.random().toString(36).slice(2)}`;
    const responseUrl = this.slack.responseUrl(responseId);
    const body = slashCommandBody({ text, response_url: responseUrl, trigger_id: options.triggerId, channel_id: options.channelId });
    const response = await postSigned(`${this.webUrl}/slack/events`, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', options);
    return { response, responseUrl, body };
  }

  async mention(fields: MentionFields, options: SignOptions = {}): Promise<{ response: Response; envelope: Record<string, unknown> }> {
    const envelope = mentionEnvelope(fields);
    const response = await postSigned(`${this.webUrl}/slack/events`, SIGNING_SECRET, JSON.stringify(envelope), 'application/json', options);
    return { response, envelope };
  }

  /** The "Summarize" message shortcut used on a message with `text`; the response_url lands on the fake Slack. */
  async shortcut(fields: { text: string; ts?: string; threadTs?: string }): Promise<{ response: Response; responseId: string }> {
    const responseId = `sc-${Math.random().toString(36).slice(2)}`;
    const payload = messageShortcutPayload({ ...fields, responseUrl: this.slack.responseUrl(responseId) });
    const response = await postSigned(`${this.webUrl}/slack/events`, SIGNING_SECRET, shortcutBody(payload), 'application/x-www-form-urlencoded');
    return { response, responseId };
  }

  /** Messages in a channel (and thread) whose final content is no longer the "Summarizing…" placeholder. */
  finalMessages(channel: string, threadTs?: string) {
    return this.slack.messagesIn(channel, threadTs).filter((message) => !message.text.includes('Summarizing'));
  }
}
