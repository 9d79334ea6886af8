import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback } from './localHttp';

/**
 * A local stand-in for the Slack Web API (https://slack.com/api/<method>) and for response_url endpoints, answering
 * like Slack does and recording every call. Faults can be queued per method to test how the bot copes.
 */

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  at: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  threadTs: string | undefined;
  text: string;
  blocks: unknown[];
  /** How many times chat.update changed it. */
  updates: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export type SlackFault =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'http_error'; status: number }
  | { kind: 'platform_error'; error: string }
  | { kind: 'delay'; ms: number };

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly messages: StoredMessage[] = [];
  readonly responseUrlPosts: ResponseUrlPost[] = [];
  private readonly faults = new Map<string, SlackFault[]>();
  /** Faults applied so far (each queued fault counts once, when a call consumes it). */
  faultsServed = 0;
  private server: Server | undefined;
  private tsCounter = 0;
  baseUrl = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    await closeNow(server);
  }

  /** The value for the WebClient's `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A response_url that lands on this server. */
  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** Queues faults for a method ("chat.update", or "response_url"); each call consumes one. */
  failNext(method: string, ...faults: SlackFault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** Drops the faults still queued for `method` (all methods when omitted). */
  clearFaults(method?: string): void {
    if (method === undefined) this.faults.clear();
    else this.faults.delete(method);
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  messagesIn(channel: string, threadTs?: string): StoredMessage[] {
    return this.messages.filter((message) => message.channel === channel && (threadTs === undefined || message.threadTs === threadTs));
  }

  /** Resolves when `condition` holds, polling; rejects with `description` after `timeoutMs`. */
  async waitFor(condition: () => boolean, description: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${description}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = parseBody(raw, req.headers['content-type']);

    if (url.pathname.startsWith('/response/')) {
      const fault = this.faults.get('response_url')?.shift();
      if (fault && (await this.applyFault(fault, res))) return;
      this.responseUrlPosts.push({ id: url.pathname.slice('/response/'.length), body, at: Date.now() });
      res.setHeader('Content-Type', 'text/plain');
      res.end('ok');
      return;
    }

    const method = url.pathname.replace(/^\/api\//, '');
    this.calls.push({ method, body, authorization: req.headers.authorization, at: Date.now() });
    const fault = this.faults.get(method)?.shift();
    if (fault && (await this.applyFault(fault, res))) return;
    json(res, 200, this.answer(method, body));
  }

  /** Returns true when the fault produced the whole response. */
  private async applyFault(fault: SlackFault, res: ServerResponse): Promise<boolean> {
    this.faultsServed += 1;
    switch (fault.kind) {
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return false;
      case 'rate_limited':
        res.setHeader('Retry-After', String(fault.retryAfterSeconds));
        json(res, 429, { ok: false, error: 'ratelimited' });
        return true;
      case 'http_error':
        res.statusCode = fault.status;
        res.end('upstream error');
        return true;
      case 'platform_error':
        json(res, 200, { ok: false, error: fault.error });
        return true;
    }
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'newsbot', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        const message: StoredMessage = {
          channel: String(body.channel),
          ts: this.nextTs(),
          threadTs: body.thread_ts === undefined ? undefined : String(body.thread_ts),
          text: String(body.text ?? ''),
          blocks: asArray(body.blocks),
          updates: 0,
        };
        this.messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message: { text: message.text, ts: message.ts } };
      }
      case 'chat.update': {
        const message = this.messages.find((candidate) => candidate.channel === String(body.channel) && candidate.ts === String(body.ts));
        if (!message) return { ok: false, error: 'message_not_found' };
        message.text = String(body.text ?? '');
        message.blocks = asArray(body.blocks);
        message.updates += 1;
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      default:
        return { ok: true };
    }
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The WebClient sends form-encoded bodies with JSON-encoded arrays; response_url posts are JSON. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return body;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
