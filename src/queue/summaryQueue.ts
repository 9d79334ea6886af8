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

export class EnqueueTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Enqueue did not finish within ${timeoutMs} ms`);
    this.name = 'EnqueueTimeoutError';
  }
}

/**
 * Adds a summary job under an id derived from the Slack request. Bounded in time so the caller can still tell the
 * user "try again" while Slack is listening, instead of hanging on an unreachable Redis.
 */
export async function enqueueSummary(
  queue: SummaryQueue,
  input: SummaryJobInput,
  options: { itemIndex?: number; timeoutMs: number },
): Promise<string> {
  const data = SummaryJobDataSchema.parse(input);
  const jobId = summaryJobId(data.request, options.itemIndex ?? 0);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EnqueueTimeoutError(options.timeoutMs)), options.timeoutMs);
  });
  try {
    await Promise.race([queue.add('summarize', data, { jobId }), timeout]);
    return jobId;
  } finally {
    clearTimeout(timer);
  }
}
