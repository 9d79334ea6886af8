import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './localHttp';

/**
 * A local OpenAI-compatible server (POST /v1/chat/completions) answering in the wire format of the real API.
 * By default it answers with a schema-valid summary built from the numbered sentences of the prompt; tests can
 * replace the answer or queue faults, and every request is recorded.
 */

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema?: unknown } };
  max_completion_tokens?: number;
  [key: string]: unknown;
}

export interface RecordedChatRequest {
  body: ChatRequest;
  authorization: string | undefined;
  at: number;
}

export type OpenAiFault =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'server_error'; status: number }
  | { kind: 'hang'; ms: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'malformed_json' }
  | { kind: 'schema_mismatch' }
  | { kind: 'refusal' }
  | { kind: 'length' };

export type SummaryAnswer = {
  title: string;
  bullets: Array<{ text: string; sources: number[] }>;
  people: Array<{ name: string; role: string | null; affiliation: string | null }>;
  organizations: Array<{ name: string; description: string | null }>;
  countries: Array<{ name: string }>;
};

export class FakeOpenAi {
  readonly requests: RecordedChatRequest[] = [];
  private readonly faults: OpenAiFault[] = [];
  /** Faults applied so far (each queued fault counts once, when a request consumes it); reset() keeps the count. */
  faultsServed = 0;
  private answerFor: (request: ChatRequest) => SummaryAnswer = summaryFromPrompt;
  private readonly timers = new Set<NodeJS.Timeout>();
  private server: Server | undefined;
  private readonly sockets = new Set<import('node:net').Socket>();
  baseUrl = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.baseUrl = `${await listenOnLoopback(this.server)}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Each request consumes one queued fault before normal answers resume. */
  failNext(...faults: OpenAiFault[]): void {
    this.faults.push(...faults);
  }

  /** Replaces the default answer (built from the prompt) with one chosen by the test. */
  answerWith(answer: SummaryAnswer | ((request: ChatRequest) => SummaryAnswer)): void {
    this.answerFor = typeof answer === 'function' ? answer : () => answer;
  }

  /** Back to the default answer, no queued faults, no recorded requests. */
  reset(): void {
    this.answerFor = summaryFromPrompt;
    this.faults.length = 0;
    this.requests.length = 0;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** The user message of the n-th request: the fenced article. */
  userPrompt(index = this.requests.length - 1): string {
    return this.requests[index]?.body.messages.find((message) => message.role === 'user')?.content ?? '';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      json(res, 404, { error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } });
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    this.requests.push({ body, authorization: req.headers.authorization, at: Date.now() });

    const fault = this.faults.shift();
    if (fault) this.faultsServed += 1;
    switch (fault?.kind) {
      case 'rate_limited':
        res.setHeader('retry-after', String(fault.retryAfterSeconds));
        json(res, 429, { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } });
        return;
      case 'server_error':
        json(res, fault.status, { error: { message: 'The server had an error', type: 'server_error', param: null, code: null } });
        return;
      case 'hang':
        await this.sleep(fault.ms);
        if (!res.destroyed) json(res, 500, { error: { message: 'hung', type: 'server_error', param: null, code: null } });
        return;
      case 'delay':
        await this.sleep(fault.ms);
        break;
      case 'malformed_json':
        json(res, 200, completion(body, '{"title": "Broken', 'stop'));
        return;
      case 'schema_mismatch':
        json(res, 200, completion(body, JSON.stringify({ headline: 'wrong shape' }), 'stop'));
        return;
      case 'refusal':
        json(res, 200, completion(body, null, 'stop', "I'm sorry, I can't help with that."));
        return;
      case 'length':
        json(res, 200, completion(body, '{"title": "Cut', 'length'));
        return;
      case undefined:
        break;
    }
    if (res.destroyed) return;
    json(res, 200, completion(body, JSON.stringify(this.answerFor(body)), 'stop'));
  }
}

/** A faithful answer: the first sentences of the fenced article as bullets, each citing itself. */
export function summaryFromPrompt(request: ChatRequest): SummaryAnswer {
  const prompt = request.messages.find((message) => message.role === 'user')?.content ?? '';
  const sentences = [...prompt.matchAll(/^\[(\d+)\] (.+)$/gm)].map((match) => ({ id: Number(match[1]), text: match[2]! }));
  return {
    title: 'Summary of the article',
    bullets: sentences.slice(0, 3).map((sentence) => ({ text: sentence.text, sources: [sentence.id] })),
    people: [],
    organizations: [],
    countries: [],
  };
}

function completion(request: ChatRequest, content: string | null, finishReason: string, refusal: string | null = null) {
  return {
    id: `chatcmpl-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500 },
    system_fingerprint: 'fp_fake',
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}
