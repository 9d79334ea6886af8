import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { spawnWorker, type SpawnedWorker } from '../support/spawnWorker';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';
import { waitUntil } from '../support/waitUntil';
import { reportFaultFigures } from './support/faultReport';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

describe('SIGTERM to a worker process during a job', () => {
  let stack: TestStack;
  let articleUrl: string;
  const spawned: SpawnedWorker[] = [];

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai', workers: 0, env: { OPENAI_TIMEOUT_MS: '30000' } });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(async () => {
    reportFaultFigures('SIGTERM during a job', { sigterms: spawned.length });
    for (const worker of spawned) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await stack.stop();
  });

  /** Starts a worker process, sends a command, and resolves once the job is waiting on the (slow) AI call. */
  async function jobInFlight(channel: string, env: Record<string, string>, aiDelayMs: number) {
    const worker = await spawnWorker({ ...stack.env, ...env });
    spawned.push(worker);
    const llmRequestsBefore = stack.openai.requests.length;
    stack.openai.failNext({ kind: 'delay', ms: aiDelayMs });
    const triggerId = `1700005000.${channel}`;
    const { responseUrl } = await stack.command(articleUrl, { channelId: channel, triggerId });
    await stack.slack.waitFor(() => stack.openai.requests.length > llmRequestsBefore, 'the AI call of the job');
    return { worker, jobId: `command-${triggerId}-0`, target: { channel, responseUrl } };
  }

  it('finishes the active job within the grace period and takes no new one, then exits 0; nothing is lost', async () => {
    // One job at a time, so the second request waits in the queue while the first is active: after SIGTERM the
    // worker must finish the first and leave the second for another worker.
    const { worker, jobId, target } = await jobInFlight('C0TERM1', { WORKER_SHUTDOWN_GRACE_MS: '10000', WORKER_CONCURRENCY: '1' }, 1_500);
    const queuedBehind = await stack.command(articleUrl, { channelId: 'C0TERM1B', triggerId: '1700005000.C0TERM1B' });
    await waitUntil(async () => (await stack.web.queue.getJobState('command-1700005000.C0TERM1B-0')) === 'waiting', 'the second job queued');
    worker.process.kill('SIGTERM');

    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('"outcome":"drained"');
    expect(outcomesFor(stack.slack, target).map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(stack.slack.messagesIn('C0TERM1')).toHaveLength(1);
    expect(await stack.web.queue.getJobState(jobId)).toBe('completed');
    expect(await stack.web.queue.getJobState('command-1700005000.C0TERM1B-0')).toBe('waiting');

    const next = await stack.startWorker();
    const laterTarget = { channel: 'C0TERM1B', responseUrl: queuedBehind.responseUrl };
    await stack.slack.waitFor(() => outcomesFor(stack.slack, laterTarget).length === 1, 'the request left in the queue');
    expect(outcomesFor(stack.slack, laterTarget).map((outcome) => outcome.kind)).toEqual(['summary']);
    await next.stop();
  }, 30_000);

  it('releases a job that outlasts the grace period; another worker finishes it, editing the same placeholder', async () => {
    const { worker, jobId, target } = await jobInFlight('C0TERM2', { WORKER_SHUTDOWN_GRACE_MS: '300' }, 60_000);
    worker.process.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain('"outcome":"released"');
    expect(await stack.web.queue.getJobState(jobId)).toBe('active'); // still locked by the process that left

    await stack.startWorker();
    await waitUntil(async () => (await stack.web.queue.getJobState(jobId)) === 'completed', 'the released job completed elsewhere');
    expect(outcomesFor(stack.slack, target).map((outcome) => outcome.kind)).toEqual(['summary']);
    expect(stack.slack.callsTo('chat.postMessage').filter((call) => call.body.channel === 'C0TERM2')).toHaveLength(1);
    expect(stack.slack.messagesIn('C0TERM2')[0]!.updates).toBe(1);
  }, 30_000);
});
