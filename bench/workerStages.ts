/**
 * `npx tsx bench/workerStages.ts [jobs]`: the worker's CPU time per job, stage by stage, for the bench's article with
 * the instant fake LLM. One job at a time in this process, with the fakes in a child process, so the CPU time
 * (process.cpuUsage, user + system) of each stage is the bot's own: fetch, extract, sentences, LLM call (OpenAI SDK
 * over Node's fetch), grounding, render, and the two Slack calls. Queue work (BullMQ, Redis round trips) is not here;
 * the whole-worker figure is in `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { loadWorkerConfig } from '../src/config';
import { safeFetch } from '../src/article/fetch';
import { articleFromDocument } from '../src/article/loadArticle';
import { renderCompactSummary, renderSummaryMessage } from '../src/slack/render/summaryMessage';
import { groundSummary } from '../src/summarize/grounding';
import { createPipelineDeps, fetchOptionsFrom } from '../src/summarize/pipelineDeps';
import type { SummaryResult } from '../src/summarize/summary';
import { leadingPart } from '../src/summarize/text/leadingPart';
import { splitSentences } from '../src/summarize/text/sentences';

const STAGES = ['fetch', 'extract', 'sentences', 'llm', 'grounding', 'render', 'slack'] as const;
type Stage = (typeof STAGES)[number];

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export async function measureStages(jobs: number, warmup: number): Promise<Record<Stage | 'total', number>> {
  const fakes = spawn(process.execPath, ['--require', 'tsx/cjs', join(__dirname, 'support/fakesProcess.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(fakes.stdout, 'data')) as [Buffer];
  const urls = JSON.parse(line.toString('utf8')) as { slackApiUrl: string; openaiBaseUrl: string; articleUrl: string };
  try {
    const config = loadWorkerConfig({
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_API_URL: urls.slackApiUrl,
      REDIS_URL: 'redis://127.0.0.1:1',
      SUMMARIZER: 'openai',
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_BASE_URL: urls.openaiBaseUrl,
      LOG_LEVEL: 'silent',
      FETCH_ALLOWED_PORTS: `80,443,${new URL(urls.articleUrl).port}`,
    });
    const pipeline = createPipelineDeps(config, { allowPrivateAddressesForTests: ['127.0.0.1'] });
    const fetchOptions = fetchOptionsFrom(config.fetch, { allowPrivateAddressesForTests: ['127.0.0.1'] });
    const slack = new WebClient(config.slack.botToken, { slackApiUrl: urls.slackApiUrl, rejectRateLimitedCalls: true, timeout: 10_000 });
    const totals: Record<Stage, number> = { fetch: 0, extract: 0, sentences: 0, llm: 0, grounding: 0, render: 0, slack: 0 };
    let all = 0;
    for (let index = 0; index < warmup + jobs; index += 1) {
      const spent: Record<Stage, number> = { fetch: 0, extract: 0, sentences: 0, llm: 0, grounding: 0, render: 0, slack: 0 };
      const jobStarted = cpuMs();
      let mark = jobStarted;
      const lap = (stage: Stage) => {
        const now = cpuMs();
        spent[stage] += now - mark;
        mark = now;
      };
      const placeholder = await slack.chat.postMessage({ channel: `C${index}`, text: 'Summarizing…', unfurl_links: false, unfurl_media: false });
      lap('slack');
      const document = await safeFetch(urls.articleUrl, fetchOptions);
      lap('fetch');
      const article = await articleFromDocument(urls.articleUrl, document, {});
      lap('extract');
      const { text, omittedWords } = leadingPart(article.text, pipeline.maxArticleChars);
      const sentences = splitSentences(text);
      lap('sentences');
      const request = { title: article.title, text, sentences, lang: article.lang };
      const draft = await pipeline.primary.summarize(request);
      lap('llm');
      const grounded = groundSummary(draft, request, { extractiveBullets: false, countryForms: pipeline.countryForms });
      lap('grounding');
      const { text: _body, ...info } = article;
      const result: SummaryResult = {
        article: info,
        omittedWords,
        summary: {
          ...grounded,
          engine: 'openai',
          model: pipeline.primary.model,
          fallback: null,
          grounding: { droppedParties: grounded.droppedParties.length, droppedBullets: grounded.droppedBullets.length },
          usage: draft.usage ?? null,
        },
      };
      const full = renderSummaryMessage(result, { requestedBy: 'U0BENCH' });
      renderCompactSummary(result, { requestedBy: 'U0BENCH' });
      lap('render');
      await slack.chat.update({ channel: `C${index}`, ts: String(placeholder.ts), ...full });
      lap('slack');
      if (index < warmup) continue;
      for (const stage of STAGES) totals[stage] += spent[stage];
      all += cpuMs() - jobStarted;
    }
    const perJob = Object.fromEntries(STAGES.map((stage) => [stage, totals[stage] / jobs])) as Record<Stage, number>;
    return { ...perJob, total: all / jobs };
  } finally {
    fakes.kill('SIGTERM');
  }
}

if (require.main === module) {
  const jobs = Number(process.argv[2] ?? 1_000);
  measureStages(jobs, Math.min(500, jobs)).then(
    (stages) => {
      process.stdout.write(`worker CPU per job by stage, one job at a time, ${jobs} jobs after warm-up (ms):\n`);
      for (const [stage, ms] of Object.entries(stages)) process.stdout.write(`  ${stage.padEnd(10)} ${ms.toFixed(2)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
