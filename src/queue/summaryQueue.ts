import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { SUMMARY_QUEUE_NAME, SummaryJobDataSchema, summaryJobId, type SummaryJobData, type SummaryJobInput } from './summaryJob';

export interface SummaryQueueOptions {
  connection: Redis;
  prefix: string;
  attempts: number;
  backoffMs: number;
}

export type SummaryQueue = Queue<SummaryJobData>;

/**
 * Completed jobs stay for a day: their ids are what makes a late duplicate delivery from Slack a no-op
 * (Slack retries within minutes, clients can resend later). Counts cap memory under heavy use.
 */
const KEEP_COMPLETED = { age: 24 * 60 * 60, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 60 * 60, count: 10_000 };

export function createSummaryQueue({ connection, prefix, attempts, backoffMs }: SummaryQueueOptions): SummaryQueue {
  const defaultJobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs, jitter: 0.2 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
  return new Queue<SummaryJobData>(SUMMARY_QUEUE_NAME, { connection, prefix, defaultJobOptions });
}

class EnqueueTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Enqueue did not finish within ${timeoutMs} ms`);
    this.name = 'EnqueueTimeoutError';
  }
}

/**
 * New jobs are added delayed by this much and released as soon as the add returns. An add the caller gave up on
 * (and answered with "try again") may still land: a stalled Redis runs it late, and one that dies after running it
 * never replies. Parked, such a job can be withdrawn before any worker sees it, if Redis answers again within this
 * time of the add (a longer stall can still lead to both answers). If releasing fails, the job simply starts when
 * the park time is over: later, never lost.
 */
export const UNCONFIRMED_PARK_MS = 30_000;
const WITHDRAW_RETRY_MS = 250;

/**
 * Adds a summary job under an id derived from the Slack request. Bounded in time so the caller can still tell the
 * user "try again" while Slack is listening, instead of hanging on an unreachable Redis. A job that was written all
 * the same is withdrawn, so the user never gets both "try again" and a summary.
 */
export async function enqueueSummary(
  queue: SummaryQueue,
  input: SummaryJobInput,
  options: { itemIndex?: number; timeoutMs: number },
): Promise<string> {
  const data = SummaryJobDataSchema.parse(input);
  const jobId = summaryJobId(data.request, options.itemIndex ?? 0);
  // BullMQ counts the delay from the add's own timestamp, taken here: so does the withdrawal.
  const parkedUntil = Date.now() + UNCONFIRMED_PARK_MS;
  const adding = queue.add('summarize', data, { jobId, delay: UNCONFIRMED_PARK_MS });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EnqueueTimeoutError(options.timeoutMs)), options.timeoutMs);
  });
  try {
    const job = await Promise.race([adding, timeout]);
    // A retried delivery gets the job that already exists, past the delayed state: nothing to release then.
    void job.promote().catch(() => undefined);
    return jobId;
  } catch (error) {
    void withdrawParkedJob(queue, jobId, adding, parkedUntil);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Once the given-up add has settled, removes the job if it exists and is still parked, retrying while Redis is
 * unreachable until the park time is over. A job past the delayed state belongs to an earlier delivery that did
 * succeed, and is left alone.
 */
async function withdrawParkedJob(queue: SummaryQueue, jobId: string, adding: Promise<unknown>, parkedUntil: number): Promise<void> {
  await adding.catch(() => undefined);
  do {
    try {
      const job = await queue.getJob(jobId);
      if (job && (await job.getState()) === 'delayed') await job.remove();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, WITHDRAW_RETRY_MS).unref());
    }
  } while (Date.now() < parkedUntil && queue.closing === undefined);
  if (queue.closing === undefined) {
    queue.emit('error', new Error(`could not withdraw job ${jobId}: its request was answered with "try again" but it may still run`));
  }
}
