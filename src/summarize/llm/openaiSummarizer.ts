import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError as OpenAiRateLimitError,
} from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { DraftSummary, Summarizer, SummarizeRequest, TokenUsage } from '../types';
import { LlmRateLimitedError, LlmUnavailableError, type LlmFailureKind } from './errors';
import { LlmSummarySchema, MAX_BULLETS, type LlmSummary } from './llmOutput';
import { buildSummaryPrompt } from './prompt';

export interface OpenAiSummarizerOptions {
  apiKey: string;
  /** Any OpenAI-compatible server (Ollama, vLLM, gateways); the SDK's default when undefined. */
  baseURL: string | undefined;
  model: string;
  /** Per call. The SDK's default (10 minutes) would hold a job far too long. */
  timeoutMs: number;
  /** Extra attempts after a server error, timeout or lost connection. */
  maxRetries: number;
  maxOutputTokens: number;
  maxInputChars: number;
  /** Waits between retries; tests shorten it. */
  retryBaseDelayMs?: number;
}

const DEFAULT_RETRY_AFTER_MS = 10_000;
const RESPONSE_FORMAT = zodResponseFormat(LlmSummarySchema, 'news_summary');

/**
 * The AI engine: one Chat Completions call with a strict JSON schema (the API every OpenAI-compatible server
 * implements). Retries are ours, not the SDK's, so each failure is handled on purpose: server errors and timeouts
 * are retried with backoff, invalid output once, and a 429 is handed to the queue (which pauses every worker)
 * instead of being slept on inside a job.
 */
export class OpenAiSummarizer implements Summarizer {
  readonly engine = 'openai' as const;
  readonly model: string;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiSummarizerOptions) {
    this.model = options.model;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeout: options.timeoutMs + 1_000,
      maxRetries: 0,
    });
  }

  async summarize(request: SummarizeRequest): Promise<DraftSummary> {
    const prompt = buildSummaryPrompt(request, { maxInputChars: this.options.maxInputChars });
    const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
    let transientFailures = 0;
    let invalidOutputs = 0;

    for (;;) {
      // Our own deadline rather than only the SDK's: it aborts the request and is recognisable afterwards,
      // whatever the fetch implementation reports for an aborted request.
      const deadline = AbortSignal.timeout(this.options.timeoutMs);
      try {
        // create() and our own parsing rather than the SDK's parse(): that one throws on a cut-off or malformed
        // answer before its token usage can be read, and those tokens are billed all the same.
        const completion = await this.client.chat.completions.create(
          {
            model: this.model,
            messages: prompt.messages,
            response_format: RESPONSE_FORMAT,
            max_completion_tokens: this.options.maxOutputTokens,
          },
          { signal: request.signal ? AbortSignal.any([request.signal, deadline]) : deadline },
        );
        usage.inputTokens += completion.usage?.prompt_tokens ?? 0;
        usage.outputTokens += completion.usage?.completion_tokens ?? 0;
        return { ...toDraft(parseAnswer(completion.choices[0]), prompt.includedSentences), usage };
      } catch (error) {
        const timedOut = deadline.aborted && !request.signal?.aborted;
        const failure = timedOut ? new LlmUnavailableError('timeout', `AI request timed out after ${this.options.timeoutMs} ms`) : classify(error);
        if (failure === 'abort') throw error;
        if (failure instanceof LlmUnavailableError && (failure.kind === 'invalid_output' || failure.kind === 'truncated')) {
          invalidOutputs += 1;
          if (invalidOutputs < 2) continue;
        } else if (failure instanceof LlmUnavailableError && (failure.kind === 'server_error' || failure.kind === 'timeout' || failure.kind === 'connection')) {
          transientFailures += 1;
          if (transientFailures <= this.options.maxRetries) {
            await sleep(backoffMs(transientFailures, this.options.retryBaseDelayMs ?? 500), request.signal);
            continue;
          }
        }
        failure.usage = usage.inputTokens + usage.outputTokens > 0 ? usage : null;
        throw failure;
      }
    }
  }
}

/** The model's answer as the SDK's parse() reads it: cut off, filtered, refused and malformed answers are errors. */
function parseAnswer(choice: ChatCompletion.Choice | undefined): LlmSummary {
  if (choice?.finish_reason === 'length') throw new LlmUnavailableError('truncated', 'AI answer was cut off at the token limit');
  if (choice?.finish_reason === 'content_filter') throw new LlmUnavailableError('refusal', 'AI answer was blocked by a content filter');
  const message = choice?.message;
  if (message?.refusal) throw new LlmUnavailableError('refusal', `model refused: ${message.refusal.slice(0, 200)}`);
  if (!message?.content) throw new LlmUnavailableError('invalid_output', 'model returned no parsable summary');
  return RESPONSE_FORMAT.$parseRaw(message.content);
}

function toDraft(output: LlmSummary, sentenceCount: number): Omit<DraftSummary, 'usage'> {
  const bullets = output.bullets
    .map((bullet) => ({
      text: bullet.text.replace(/\s+/g, ' ').trim(),
      sentenceIds: [...new Set(bullet.sources)].filter((id) => id >= 0 && id < sentenceCount),
    }))
    .filter((bullet) => bullet.text.length > 0)
    .slice(0, MAX_BULLETS);
  return {
    title: output.title.replace(/\s+/g, ' ').trim(),
    bullets,
    parties: { people: output.people, organizations: output.organizations, countries: output.countries },
  };
}

/** Maps whatever the SDK threw onto the few cases the caller treats differently. */
function classify(error: unknown): 'abort' | LlmRateLimitedError | LlmUnavailableError {
  if (error instanceof APIUserAbortError) return 'abort';
  if (error instanceof LlmUnavailableError) return error;
  if (error instanceof OpenAiRateLimitError) return new LlmRateLimitedError(retryAfterMs(error.headers) ?? DEFAULT_RETRY_AFTER_MS, { cause: error });
  const fail = (kind: LlmFailureKind, message: string) => new LlmUnavailableError(kind, message, { cause: error });
  if (error instanceof APIConnectionTimeoutError) return fail('timeout', 'AI request timed out');
  if (error instanceof APIConnectionError) return fail('connection', `AI service unreachable: ${error.message}`);
  if (error instanceof InternalServerError) return fail('server_error', `AI service error ${error.status}`);
  if (error instanceof APIError) return fail('rejected', `AI service rejected the request (${error.status ?? 'no status'}): ${error.message}`);
  // JSON or schema errors raised while parsing the model's answer.
  return fail('invalid_output', `AI answer did not match the schema: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
}

/** `retry-after-ms`, then `retry-after` in seconds or as an HTTP date, as the SDK itself reads them. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const milliseconds = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), 8_000);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
