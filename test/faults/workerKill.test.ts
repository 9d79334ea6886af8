import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { spawnWorker, type SpawnedWorker } from '../support/spawnWorker';
import { TestStack } from '../support/testStack';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');
const ROUNDS = 3;

/**
 * Lock and stall settings, chosen so recovery is quick and never premature: a living worker renews its 2 s lock
 * every second (its event loop is free: the job waits on the network), so only a dead worker's lock expires; the
 * survivor's stall check, every second, then puts the job back within 2–3 s of the kill. Production keeps the same
 * ratio at 30 s / 15 s (README, "Job lifecycle").
 */
const LOCK_AND_STALL = { WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000', WORKER_MAX_STALLED_COUNT: '2' };

describe('a worker killed with SIGKILL in the middle of a job, with a second worker running', () => {
  let stack: TestStack;
  let articleUrl: string;
  const workers: SpawnedWorker[] = [];

  beforeAll(async () => {
    // The AI call is the slow step the kill lands in; a long per-call timeout keeps the victim waiting on it.
    stack = await TestStack.start({ engine: 'openai', workers: 0, env: { ...LOCK_AND_STALL, OPENAI_TIMEOUT_MS: '30000' } });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
    workers.push(...(await Promise.all([spawnWorker(stack.env), spawnWorker(stack.env)])));
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await stack.stop();
  });

  it(`recovers the job on the survivor, which edits the placeholder into exactly one summary (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const channel = `C0KILL${round}`;
      const triggerId = `${Date.now()}.kill${round}`;
      const jobId = `command-${triggerId}-0`;
      const llmRequestsBefore = stack.openai.requests.length;
      stack.openai.failNext({ kind: 'delay', ms: 60_000 });

      await stack.command(articleUrl, { channelId: channel, triggerId });
      await stack.slack.waitFor(() => stack.openai.requests.length > llmRequestsBefore, `round ${round}: the AI call of the job`);
      const victim = workers.find((worker) => worker.process.exitCode === null && worker.output().includes(jobId));
      expect(victim).toBeDefined();
      expect(stack.slack.messagesIn(channel)).toHaveLength(1); // the placeholder, posted before the slow work
      victim!.process.kill('SIGKILL');
      await victim!.exited;
      workers.splice(workers.indexOf(victim!), 1);
      // The next round's second worker starts meanwhile (it may also be the one that picks this job up).
      const replacement = round < ROUNDS ? spawnWorker(stack.env) : undefined;

      await stack.slack.waitFor(() => stack.finalMessages(channel).length === 1, `round ${round}: the recovered summary`, 20_000);
      const messages = stack.slack.messagesIn(channel);
      expect(messages).toHaveLength(1);
      expect(stack.slack.callsTo('chat.postMessage').filter((call) => call.body.channel === channel)).toHaveLength(1);
      expect(messages[0]!.updates).toBe(1);
      expect(JSON.stringify(messages[0]!.blocks)).toContain('Summarized by fake-model');
      await waitUntil(async () => (await stack.web.queue.getJobState(jobId)) === 'completed', `round ${round}: the job completed`);
      const job = await stack.web.queue.getJob(jobId);
      expect(job?.returnvalue).toMatchObject({ outcome: 'summarized' });
      expect(job?.stalledCounter).toBe(1); // recovered by the stall check, not by a retry that spent an attempt
      expect(job?.attemptsMade).toBe(1);
      if (replacement) workers.push(await replacement);
    }
    reportFaultFigures('worker kill -9', { killed: ROUNDS, requests: ROUNDS, finalSummaries: ROUNDS, duplicates: 0 });
  }, 120_000);
});
