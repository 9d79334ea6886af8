import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import type { OpenAiFault } from '../support/fakeOpenAi';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
/** Every LLM fault must end within this: per-call timeout 1 s, one retry, and BullMQ's pause for a 429. */
const BOUND_MS = 15_000;

interface LlmFaultCase {
  name: string;
  faults: OpenAiFault[];
  /** Who wrote the summary the user gets. */
  answeredBy: 'model' | 'offline fallback';
  /** Requests the fake OpenAI server receives for the job: bounded, no busy loop. */
  llmCalls: number;
}

const CASES: LlmFaultCase[] = [
  { name: '500 once, then an answer', faults: [{ kind: 'server_error', status: 500 }], answeredBy: 'model', llmCalls: 2 },
  { name: '500 on every try', faults: [{ kind: 'server_error', status: 500 }, { kind: 'server_error', status: 503 }], answeredBy: 'offline fallback', llmCalls: 2 },
  { name: 'a hang past the 1 s timeout, then an answer', faults: [{ kind: 'hang', ms: 10_000 }], answeredBy: 'model', llmCalls: 2 },
  { name: 'a hang on every try', faults: [{ kind: 'hang', ms: 10_000 }, { kind: 'hang', ms: 10_000 }], answeredBy: 'offline fallback', llmCalls: 2 },
  { name: 'malformed JSON once, then an answer', faults: [{ kind: 'malformed_json' }], answeredBy: 'model', llmCalls: 2 },
  { name: 'malformed JSON twice', faults: [{ kind: 'malformed_json' }, { kind: 'malformed_json' }], answeredBy: 'offline fallback', llmCalls: 2 },
  { name: 'JSON of the wrong shape twice', faults: [{ kind: 'schema_mismatch' }, { kind: 'schema_mismatch' }], answeredBy: 'offline fallback', llmCalls: 2 },
  { name: 'a refusal (not retried)', faults: [{ kind: 'refusal' }], answeredBy: 'offline fallback', llmCalls: 1 },
  { name: 'finish_reason "length" once, then an answer', faults: [{ kind: 'length' }], answeredBy: 'model', llmCalls: 2 },
  { name: 'finish_reason "length" twice', faults: [{ kind: 'length' }, { kind: 'length' }], answeredBy: 'offline fallback', llmCalls: 2 },
];

describe('AI provider faults', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai', workers: 1, env: { OPENAI_TIMEOUT_MS: '1000', OPENAI_MAX_RETRIES: '1' } });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(async () => {
    reportFaultFigures('AI provider faults', { injected: stack.openai.faultsServed });
    await stack.stop();
  });
  beforeEach(() => stack.openai.reset());

  const triggerIdFor = (channel: string) => `1700003000.${channel}`;

  async function summarizeIn(channel: string) {
    const { responseUrl } = await stack.command(articleUrl, { channelId: channel, triggerId: triggerIdFor(channel) });
    await stack.slack.waitFor(() => outcomesFor(stack.slack, { channel, responseUrl }).length > 0, `the answer in ${channel}`, BOUND_MS);
    const outcomes = outcomesFor(stack.slack, { channel, responseUrl });
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(stack.slack.messagesIn(channel)).toHaveLength(1);
    return JSON.stringify(stack.slack.messagesIn(channel)[0]!.blocks);
  }

  it.each(CASES.map((testCase, index) => ({ ...testCase, channel: `C0LLM${index}` })))(
    '$name → a summary by the $answeredBy, after $llmCalls AI calls',
    async ({ faults, answeredBy, llmCalls, channel }) => {
      stack.openai.failNext(...faults);
      const rendered = await summarizeIn(channel);
      if (answeredBy === 'model') {
        expect(rendered).toContain('Summarized by fake-model');
      } else {
        expect(rendered).toContain('Summarized by the offline summarizer');
        expect(rendered).toMatch(/Automatic extractive summary:\* the AI (service was unavailable|summary could not be checked)/);
      }
      expect(stack.openai.requests).toHaveLength(llmCalls);
    },
  );

  it('429 with Retry-After pauses the queue through BullMQ for that long (no busy loop), then the model answers', async () => {
    stack.openai.failNext({ kind: 'rate_limited', retryAfterSeconds: 1 });
    const answered = summarizeIn('C0LLM429');
    await waitUntil(async () => (await stack.web.queue.getRateLimitTtl()) > 0, "BullMQ's rate limit set on the queue");
    const rendered = await answered;

    expect(rendered).toContain('Summarized by fake-model');
    const [limited, retried] = stack.openai.requests;
    expect(stack.openai.requests).toHaveLength(2);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1_000);
    expect(stack.logs.text).toContain('AI provider rate limit: pausing the queue');
    const jobId = `command-${triggerIdFor('C0LLM429')}-0`;
    await waitUntil(async () => (await stack.web.queue.getJobState(jobId)) === 'completed', 'the job completed');
    expect((await stack.web.queue.getJob(jobId))?.attemptsMade).toBe(1); // the pause spent no attempt
  });

  it('429s with "Retry-After: 0" that keep coming → five pauses, then the offline summary', async () => {
    stack.openai.failNext(...Array.from({ length: 10 }, () => ({ kind: 'rate_limited' as const, retryAfterSeconds: 0 })));
    const rendered = await summarizeIn('C0LLM429X');
    expect(rendered).toContain('Summarized by the offline summarizer');
    expect(rendered).toContain('the AI service was unavailable');
    // Five deferred tries, then a sixth that answers with the offline engine when the provider still says 429.
    expect(stack.openai.requests).toHaveLength(6);
  });
});
