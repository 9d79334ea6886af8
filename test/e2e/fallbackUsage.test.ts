import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SummaryJobResult } from '../../workers/summaryProcessor';
import { newsPage } from '../support/articleServer';
import { ADMIN_TOKEN, TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
/** What the fake OpenAI server bills per answer, malformed or not. */
const PER_ANSWER = { inputTokens: 1200, outputTokens: 300 };

function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/**
 * Tokens the model was paid for count even when its answer could not be used and the offline engine answered:
 * in the job result, in the "summary delivered" log line and in newsbot_llm_tokens_total.
 */
describe('token usage when the offline engine answers instead of the model', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai', workers: 1 });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(() => stack.stop());

  async function summarize(channel: string): Promise<{ result: SummaryJobResult; logged: Record<string, unknown> }> {
    await stack.command(articleUrl, { channelId: channel });
    await stack.slack.waitFor(() => stack.finalMessages(channel).length === 1, `the summary in ${channel}`);
    // The worker logs the delivery after Slack has answered, so the line may follow the message by a moment.
    const delivered = () =>
      stack.logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.msg === 'summary delivered' && entry.channel === channel);
    await stack.slack.waitFor(() => delivered() !== undefined, `the delivery log line for ${channel}`);
    const logged = delivered()!;
    const job = await stack.web.queue.getJob(String(logged.jobId));
    return { result: job!.returnvalue as SummaryJobResult, logged };
  }

  it('counts the tokens of two malformed JSON answers (ai_unavailable)', async () => {
    stack.openai.failNext({ kind: 'malformed_json' }, { kind: 'malformed_json' });
    const { result, logged } = await summarize('C0USE1');
    const spent = { inputTokens: 2 * PER_ANSWER.inputTokens, outputTokens: 2 * PER_ANSWER.outputTokens };
    expect(result).toMatchObject({ engine: 'offline', fallback: 'ai_unavailable', usage: spent });
    expect(logged).toMatchObject({ fallback: 'ai_unavailable', usage: spent });
  });

  it('counts the tokens of an answer no bullet of which could be verified (ai_output_unverifiable)', async () => {
    stack.openai.answerWith({
      title: 'Invented',
      bullets: [{ text: 'Martians landed in Baku and signed a trade pact.', sources: [] }],
      people: [],
      organizations: [],
      countries: [],
    });
    const { result, logged } = await summarize('C0USE2');
    expect(result).toMatchObject({ engine: 'offline', fallback: 'ai_output_unverifiable', usage: PER_ANSWER });
    expect(logged).toMatchObject({ fallback: 'ai_output_unverifiable', usage: PER_ANSWER });
  });

  it('adds both to newsbot_llm_tokens_total, as failed LLM summaries', async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${stack.workerPorts[0]}/metrics`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
    expect(sample(metrics, 'newsbot_llm_tokens_total{direction="input"}')).toBe(3 * PER_ANSWER.inputTokens);
    expect(sample(metrics, 'newsbot_llm_tokens_total{direction="output"}')).toBe(3 * PER_ANSWER.outputTokens);
    expect(sample(metrics, 'newsbot_llm_calls_total{outcome="failed"}')).toBe(2);
    expect(sample(metrics, 'newsbot_fallbacks_total{reason="ai_unavailable"}')).toBe(1);
    expect(sample(metrics, 'newsbot_fallbacks_total{reason="ai_output_unverifiable"}')).toBe(1);
  });
});
