import { LlmRateLimitedError, LlmUnavailableError } from '../../../src/summarize/llm/errors';
import { OpenAiSummarizer, retryAfterMs } from '../../../src/summarize/llm/openaiSummarizer';
import type { Sentence } from '../../../src/summarize/text/sentence';
import { FakeOpenAi } from '../../support/fakeOpenAi';

const sentences: Sentence[] = [
  { id: 0, paragraph: 0, text: 'Halvorsen Maritime agreed to buy Kestrel Logistics.' },
  { id: 1, paragraph: 0, text: 'The price is $4.2 billion in cash.' },
  { id: 2, paragraph: 1, text: 'Regulators must still approve the deal.' },
];
const request = { title: 'Deal', text: sentences.map((sentence) => sentence.text).join('\n\n'), sentences, lang: 'en' };

describe('OpenAiSummarizer (against a local OpenAI-compatible server)', () => {
  const server = new FakeOpenAi();
  let summarizer: OpenAiSummarizer;

  beforeAll(async () => {
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.reset();
    summarizer = new OpenAiSummarizer({
      apiKey: 'sk-test-secret',
      baseURL: server.baseUrl,
      model: 'test-model',
      timeoutMs: 1_000,
      maxRetries: 2,
      maxOutputTokens: 2_000,
      maxInputChars: 60_000,
      retryBaseDelayMs: 10,
    });
  });

  it('asks for the strict JSON schema and returns bullets citing sentence ids, with token usage', async () => {
    const draft = await summarizer.summarize(request);
    const body = server.requests[0]!.body;
    expect(body.model).toBe('test-model');
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.strict).toBe(true);
    expect(server.requests[0]!.authorization).toBe('Bearer sk-test-secret');
    expect(draft.bullets[0]).toEqual({ text: 'Halvorsen Maritime agreed to buy Kestrel Logistics.', sentenceIds: [0] });
    expect(draft.usage).toEqual({ inputTokens: 1200, outputTokens: 300 });
  });

  it('discards sentence ids that do not exist', async () => {
    server.answerWith({ title: 't', bullets: [{ text: 'b', sources: [1, 99, -1] }], people: [], organizations: [], countries: [] });
    const draft = await summarizer.summarize(request);
    expect(draft.bullets[0]?.sentenceIds).toEqual([1]);
  });

  it('hands a 429 to the caller with the Retry-After hint instead of sleeping on it', async () => {
    server.failNext({ kind: 'rate_limited', retryAfterSeconds: 7 });
    const error = await summarizer.summarize(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmRateLimitedError);
    expect((error as LlmRateLimitedError).retryAfterMs).toBe(7_000);
    expect(server.requests).toHaveLength(1);
  });

  it('retries server errors with backoff and succeeds', async () => {
    server.failNext({ kind: 'server_error', status: 500 }, { kind: 'server_error', status: 503 });
    const draft = await summarizer.summarize(request);
    expect(draft.bullets).toHaveLength(3);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after its retries on persistent server errors', async () => {
    server.failNext(...Array.from({ length: 3 }, () => ({ kind: 'server_error' as const, status: 500 })));
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ name: 'LlmUnavailableError', kind: 'server_error' });
    expect(server.requests).toHaveLength(3);
  });

  it('times out a hanging call', async () => {
    server.failNext(...Array.from({ length: 3 }, () => ({ kind: 'hang' as const, ms: 3_000 })));
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('asks again once after malformed output', async () => {
    server.failNext({ kind: 'malformed_json' });
    const draft = await summarizer.summarize(request);
    expect(draft.bullets.length).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(2);
    // The malformed answer was billed too.
    expect(draft.usage).toEqual({ inputTokens: 2400, outputTokens: 600 });
  });

  it('fails after invalid output twice (malformed JSON, then the wrong shape)', async () => {
    server.failNext({ kind: 'malformed_json' }, { kind: 'schema_mismatch' });
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ kind: 'invalid_output', usage: { inputTokens: 2400, outputTokens: 600 } });
  });

  it('treats an answer cut at the token limit as invalid output, keeping the tokens it cost', async () => {
    server.failNext({ kind: 'length' }, { kind: 'length' });
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ kind: 'truncated', usage: { inputTokens: 2400, outputTokens: 600 } });
  });

  it('keeps the tokens already spent when a 429 follows an invalid answer, and none when nothing was answered', async () => {
    server.failNext({ kind: 'length' }, { kind: 'rate_limited', retryAfterSeconds: 1 });
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ name: 'LlmRateLimitedError', usage: { inputTokens: 1200, outputTokens: 300 } });
    server.failNext(...Array.from({ length: 3 }, () => ({ kind: 'server_error' as const, status: 500 })));
    await expect(summarizer.summarize(request)).rejects.toMatchObject({ kind: 'server_error', usage: null });
  });

  it('reports a refusal without retrying', async () => {
    server.failNext({ kind: 'refusal' });
    const error = await summarizer.summarize(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as LlmUnavailableError).kind).toBe('refusal');
    expect((error as LlmUnavailableError).usage).toEqual({ inputTokens: 1200, outputTokens: 300 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('retryAfterMs', () => {
  it('reads milliseconds, seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6_000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});
