import { existsSync } from 'node:fs';
import { z } from 'zod';

/**
 * The one place the environment is read.
 *
 * Each process (web, worker, CLI) asks only for what it needs, so the CLI runs on a fresh machine with no Slack
 * tokens and no Redis. Every problem is reported at once, one line per variable, before anything starts.
 */

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Loads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

/** How a rejected value is quoted in a message; long values are cut so one problem stays one line. */
const got = (value: unknown) => {
  const text = String(value);
  return `(got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)})`;
};

/**
 * A whole number in `[min, max]`, `fallback` when unset. Written by hand rather than with `z.coerce.number()`, whose
 * messages ("Invalid input: expected number, received NaN") do not tell an operator what to write instead.
 */
const wholeNumber = (fallback: number, min: number, max?: number) =>
  z.preprocess(emptyAsUndefined, z.unknown()).transform((value, ctx): number => {
    if (value === undefined) return fallback;
    const text = String(value).trim();
    const number = /^\+?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || (max !== undefined && number > max)) {
      const range = max === undefined ? `≥ ${min}` : `from ${min} to ${max}`;
      ctx.addIssue({ code: 'custom', message: `must be a whole number ${range} ${got(value)}` });
      return z.NEVER;
    }
    return number;
  });
const positiveInt = (fallback: number) => wholeNumber(fallback, 1);

/** One of `values`, `fallback` when unset; the message lists every accepted value. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z.preprocess(emptyAsUndefined, z.unknown()).transform((value, ctx): T[number] => {
    if (value === undefined) return fallback;
    const text = String(value).trim();
    if (!(values as readonly string[]).includes(text)) {
      ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')} ${got(value)}` });
      return z.NEVER;
    }
    return text as T[number];
  });

const booleanFlag = (fallback: boolean) =>
  z.preprocess(emptyAsUndefined, z.unknown()).transform((value, ctx): boolean => {
    if (value === undefined) return fallback;
    const text = String(value).trim().toLowerCase();
    if (['true', '1', 'yes'].includes(text)) return true;
    if (['false', '0', 'no'].includes(text)) return false;
    ctx.addIssue({ code: 'custom', message: `must be true or false ${got(value)}` });
    return z.NEVER;
  });

/**
 * The bot token, recognised by its prefix, so a placeholder or a token of another kind stops start-up instead of
 * failing at the first API call. The value is never echoed: it is a secret.
 */
const botToken = z.preprocess(
  emptyAsUndefined,
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required (the bot token, xoxb-…, from OAuth & Permissions)' : 'must be text') })
    .refine((value) => /^xoxb-\S+$/.test(value), {
      message: 'must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
    }),
);
/** The app-level token that turns on Socket Mode, recognised by its prefix; optional, and never echoed. */
const appToken = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .refine((value) => /^xapp-\S+$/.test(value.trim()), {
      message: 'must be an app-level token starting with xapp- (with the connections:write scope)',
    })
    .optional(),
);
const httpUrl = z.preprocess(
  emptyAsUndefined,
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
);
const redisUrl = z.preprocess(
  emptyAsUndefined,
  z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).default('redis://127.0.0.1:6379'),
);
const portList = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .default('80,443')
    .transform((value, ctx) => {
      const ports = value.split(',').map((part) => Number(part.trim()));
      if (ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
        ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of ports from 1 to 65535 ${got(value)}` });
        return z.NEVER;
      }
      return ports;
    }),
);

const summarizerSection = z.object({
  SUMMARIZER: oneOf(['auto', 'openai', 'offline'], 'auto'),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: httpUrl,
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-5-mini')),
  OPENAI_TIMEOUT_MS: positiveInt(60_000),
  OPENAI_MAX_RETRIES: wholeNumber(2, 0, 10),
  OPENAI_MAX_OUTPUT_TOKENS: positiveInt(4_000),
  ARTICLE_MAX_INPUT_CHARS: positiveInt(60_000),
});

const fetchSection = z.object({
  FETCH_CONNECT_TIMEOUT_MS: positiveInt(5_000),
  FETCH_TOTAL_TIMEOUT_MS: positiveInt(20_000),
  FETCH_MAX_RETRY_AFTER_MS: wholeNumber(10_000, 0),
  FETCH_MAX_HTML_BYTES: positiveInt(5 * 1024 * 1024),
  FETCH_MAX_PDF_BYTES: positiveInt(20 * 1024 * 1024),
  PDF_MAX_PAGES: positiveInt(50),
  FETCH_MAX_REDIRECTS: wholeNumber(5, 0, 10),
  FETCH_ALLOWED_PORTS: portList,
});

const queueSection = z.object({
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: z.preprocess(emptyAsUndefined, z.string().regex(/^[^:\s]+$/, 'must not contain ":" or spaces').default('newsbot')),
});

const loggingSection = z.object({
  LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
  LOG_PRETTY: booleanFlag(false),
});

const webSection = z.object({
  SLACK_BOT_TOKEN: botToken,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: appToken,
  SLACK_API_URL: httpUrl,
  PORT: positiveInt(3000),
  ADMIN_TOKEN: optionalString,
  METRICS_PUBLIC: booleanFlag(false),
  PASTED_TEXT_MAX_CHARS: positiveInt(40_000),
  ENQUEUE_TIMEOUT_MS: positiveInt(2_000),
  JOB_ATTEMPTS: positiveInt(3),
  JOB_BACKOFF_MS: positiveInt(2_000),
  HEALTH_MAX_WAITING_AGE_MS: positiveInt(120_000),
  BULL_BOARD_READ_ONLY: booleanFlag(true),
});

const workerSection = z.object({
  SLACK_BOT_TOKEN: botToken,
  SLACK_API_URL: httpUrl,
  WORKER_CONCURRENCY: positiveInt(4),
  WORKER_METRICS_PORT: wholeNumber(9464, 0, 65535),
  WORKER_LOCK_DURATION_MS: positiveInt(30_000),
  WORKER_STALLED_INTERVAL_MS: positiveInt(15_000),
  WORKER_MAX_STALLED_COUNT: positiveInt(2),
  WORKER_SHUTDOWN_GRACE_MS: positiveInt(25_000),
  JOB_TIMEOUT_MS: positiveInt(120_000),
  SLACK_MAX_RETRIES: wholeNumber(2, 0, 10),
  ADMIN_TOKEN: optionalString,
  METRICS_PUBLIC: booleanFlag(false),
});

interface OpenAiSettings<ApiKey> {
  apiKey: ApiKey;
  baseURL: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxOutputTokens: number;
}

/** The engine to use; the OpenAI engine is only ever chosen with a key. */
export type SummarizerConfig =
  | { engine: 'openai'; openai: OpenAiSettings<string>; maxInputChars: number }
  | { engine: 'offline'; openai: OpenAiSettings<string | undefined>; maxInputChars: number };

export interface FetchConfig {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  /** Total wait for 429/503 Retry-After within one fetch; 0 never waits. */
  maxRetryAfterMs: number;
  maxHtmlBytes: number;
  maxPdfBytes: number;
  /** Pages of a PDF that are read; a longer PDF is summarized from its opening pages and marked partial. */
  pdfMaxPages: number;
  maxRedirects: number;
  allowedPorts: number[];
}

export interface QueueConfig {
  redisUrl: string;
  prefix: string;
}

export interface LoggingConfig {
  level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  pretty: boolean;
}

export interface SlackClientConfig {
  botToken: string;
  apiUrl: string | undefined;
}

export interface AdminConfig {
  /** Undefined disables every admin route (they are never open). */
  token: string | undefined;
  metricsPublic: boolean;
}

export interface CliConfig {
  summarizer: SummarizerConfig;
  fetch: FetchConfig;
  logging: LoggingConfig;
}

export interface WebConfig {
  slack: SlackClientConfig & {
    /** Set: HTTP mode verifies requests with it. */
    signingSecret: string | undefined;
    /** Set: Socket Mode instead of HTTP. */
    appToken: string | undefined;
  };
  port: number;
  queue: QueueConfig;
  jobs: { attempts: number; backoffMs: number };
  enqueueTimeoutMs: number;
  pastedTextMaxChars: number;
  /** Ports links may use: checked when a request arrives, so a refused link is answered at once. */
  fetchAllowedPorts: number[];
  admin: AdminConfig & { bullBoardReadOnly: boolean; maxWaitingAgeMs: number };
  summarizer: SummarizerConfig;
  logging: LoggingConfig;
}

export interface WorkerConfig {
  slack: SlackClientConfig & { maxRetries: number };
  queue: QueueConfig;
  concurrency: number;
  metricsPort: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
  shutdownGraceMs: number;
  jobTimeoutMs: number;
  admin: AdminConfig;
  summarizer: SummarizerConfig;
  fetch: FetchConfig;
  logging: LoggingConfig;
}

function parseSection<T extends z.ZodType>(schema: T, env: Env, problems: string[]): z.infer<T> | undefined {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  return undefined;
}

function throwIfProblems(problems: string[]): void {
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
}

/** Undefined (with the problem recorded) when SUMMARIZER=openai has no key. */
function toSummarizerConfig(raw: z.infer<typeof summarizerSection>, problems: string[]): SummarizerConfig | undefined {
  const apiKey = raw.OPENAI_API_KEY;
  const openai = {
    baseURL: raw.OPENAI_BASE_URL,
    model: raw.OPENAI_MODEL,
    timeoutMs: raw.OPENAI_TIMEOUT_MS,
    maxRetries: raw.OPENAI_MAX_RETRIES,
    maxOutputTokens: raw.OPENAI_MAX_OUTPUT_TOKENS,
  };
  const maxInputChars = raw.ARTICLE_MAX_INPUT_CHARS;
  if (raw.SUMMARIZER === 'offline' || (raw.SUMMARIZER === 'auto' && apiKey === undefined)) {
    return { engine: 'offline', openai: { apiKey, ...openai }, maxInputChars };
  }
  if (apiKey === undefined) {
    problems.push('OPENAI_API_KEY: required when SUMMARIZER=openai (use any non-empty value for servers without keys, e.g. Ollama)');
    return undefined;
  }
  return { engine: 'openai', openai: { apiKey, ...openai }, maxInputChars };
}

function toFetchConfig(raw: z.infer<typeof fetchSection>): FetchConfig {
  return {
    connectTimeoutMs: raw.FETCH_CONNECT_TIMEOUT_MS,
    totalTimeoutMs: raw.FETCH_TOTAL_TIMEOUT_MS,
    maxRetryAfterMs: raw.FETCH_MAX_RETRY_AFTER_MS,
    maxHtmlBytes: raw.FETCH_MAX_HTML_BYTES,
    maxPdfBytes: raw.FETCH_MAX_PDF_BYTES,
    pdfMaxPages: raw.PDF_MAX_PAGES,
    maxRedirects: raw.FETCH_MAX_REDIRECTS,
    allowedPorts: raw.FETCH_ALLOWED_PORTS,
  };
}

const toQueueConfig = (raw: z.infer<typeof queueSection>): QueueConfig => ({ redisUrl: raw.REDIS_URL, prefix: raw.QUEUE_PREFIX });
const toLoggingConfig = (raw: z.infer<typeof loggingSection>): LoggingConfig => ({ level: raw.LOG_LEVEL, pretty: raw.LOG_PRETTY });

export function loadCliConfig(env: Env = process.env): CliConfig {
  const problems: string[] = [];
  const summarizer = parseSection(summarizerSection, env, problems);
  const fetch = parseSection(fetchSection, env, problems);
  const logging = parseSection(loggingSection, env, problems);
  const summarizerConfig = summarizer && toSummarizerConfig(summarizer, problems);
  throwIfProblems(problems);
  return { summarizer: summarizerConfig!, fetch: toFetchConfig(fetch!), logging: toLoggingConfig(logging!) };
}

export function loadWebConfig(env: Env = process.env): WebConfig {
  const problems: string[] = [];
  const webEnv = parseSection(webSection, env, problems);
  const queue = parseSection(queueSection, env, problems);
  const summarizer = parseSection(summarizerSection, env, problems);
  const fetch = parseSection(fetchSection, env, problems);
  const logging = parseSection(loggingSection, env, problems);
  const isSet = (name: string) => (env[name] ?? '').trim() !== '';
  if (!isSet('SLACK_APP_TOKEN') && !isSet('SLACK_SIGNING_SECRET')) {
    problems.push('SLACK_SIGNING_SECRET: required in HTTP mode (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode');
  }
  const summarizerConfig = summarizer && toSummarizerConfig(summarizer, problems);
  throwIfProblems(problems);
  const web = webEnv!;
  return {
    slack: { botToken: web.SLACK_BOT_TOKEN, apiUrl: web.SLACK_API_URL, signingSecret: web.SLACK_SIGNING_SECRET, appToken: web.SLACK_APP_TOKEN },
    port: web.PORT,
    queue: toQueueConfig(queue!),
    jobs: { attempts: web.JOB_ATTEMPTS, backoffMs: web.JOB_BACKOFF_MS },
    enqueueTimeoutMs: web.ENQUEUE_TIMEOUT_MS,
    pastedTextMaxChars: web.PASTED_TEXT_MAX_CHARS,
    fetchAllowedPorts: fetch!.FETCH_ALLOWED_PORTS,
    admin: {
      token: web.ADMIN_TOKEN,
      metricsPublic: web.METRICS_PUBLIC,
      bullBoardReadOnly: web.BULL_BOARD_READ_ONLY,
      maxWaitingAgeMs: web.HEALTH_MAX_WAITING_AGE_MS,
    },
    summarizer: summarizerConfig!,
    logging: toLoggingConfig(logging!),
  };
}

export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  const problems: string[] = [];
  const workerEnv = parseSection(workerSection, env, problems);
  const queue = parseSection(queueSection, env, problems);
  const summarizer = parseSection(summarizerSection, env, problems);
  const fetch = parseSection(fetchSection, env, problems);
  const logging = parseSection(loggingSection, env, problems);
  const summarizerConfig = summarizer && toSummarizerConfig(summarizer, problems);
  throwIfProblems(problems);
  const worker = workerEnv!;
  return {
    slack: { botToken: worker.SLACK_BOT_TOKEN, apiUrl: worker.SLACK_API_URL, maxRetries: worker.SLACK_MAX_RETRIES },
    queue: toQueueConfig(queue!),
    concurrency: worker.WORKER_CONCURRENCY,
    metricsPort: worker.WORKER_METRICS_PORT,
    lockDurationMs: worker.WORKER_LOCK_DURATION_MS,
    stalledIntervalMs: worker.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: worker.WORKER_MAX_STALLED_COUNT,
    shutdownGraceMs: worker.WORKER_SHUTDOWN_GRACE_MS,
    jobTimeoutMs: worker.JOB_TIMEOUT_MS,
    admin: { token: worker.ADMIN_TOKEN, metricsPublic: worker.METRICS_PUBLIC },
    summarizer: summarizerConfig!,
    fetch: toFetchConfig(fetch!),
    logging: toLoggingConfig(logging!),
  };
}
