import { MetricsTime, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../src/logger';
import { SUMMARY_QUEUE_NAME, SummaryJobDataSchema, type SummaryJobData } from '../src/queue/summaryJob';
import { FAILURE_REASONS, renderFailure } from '../src/slack/render/requestMessages';
import { JobDeliveryState } from './jobDeliveryState';
import type { SlackDelivery } from './slackDelivery';
import { createSummaryProcessor, type SummaryJobResult, type SummaryProcessorDeps } from './summaryProcessor';

export interface SummaryWorkerOptions {
  /** A connection with `maxRetriesPerRequest: null`, as BullMQ requires for workers. */
  connection: Redis;
  prefix: string;
  concurrency: number;
  /**
   * Lock and stall settings decide how fast a job held by a crashed worker is recovered: its lock expires after
   * `lockDurationMs` (renewed every half of it while the worker lives), and another worker's stall check, every
   * `stalledIntervalMs`, puts it back in the queue. A job that stalls more than `maxStalledCount` times fails.
   */
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
  processor: SummaryProcessorDeps;
}

/**
 * Manual rate limiting (after an AI provider's 429) only takes effect when a limiter is configured; this one is far
 * above any real throughput, so it never limits on its own.
 */
const LIMITER = { max: 10_000, duration: 1_000 };

/** The BullMQ worker for summary jobs, plus the safety net that answers jobs which failed without an answer. */
export class SummaryWorker {
  readonly worker: Worker<SummaryJobData, SummaryJobResult>;
  private readonly logger: Logger;
  private readonly delivery: SlackDelivery;

  constructor(options: SummaryWorkerOptions) {
    this.logger = options.processor.logger;
    this.delivery = options.processor.delivery;
    this.worker = new Worker<SummaryJobData, SummaryJobResult>(
      SUMMARY_QUEUE_NAME,
      createSummaryProcessor(options.processor, () => this.worker),
      {
        connection: options.connection,
        prefix: options.prefix,
        concurrency: options.concurrency,
        lockDuration: options.lockDurationMs,
        stalledInterval: options.stalledIntervalMs,
        maxStalledCount: options.maxStalledCount,
        limiter: LIMITER,
        metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
        autorun: false,
      },
    );
    this.worker.on('failed', (job, error) => {
      if (job) void this.answerIfUnanswered(job, error);
    });
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'worker error'));
  }

  start(): void {
    void this.worker.run().catch((error: unknown) => this.logger.error({ err: error }, 'worker stopped with an error'));
  }

  /**
   * Stops taking jobs and waits for the active ones up to `graceMs`. Past that it lets go: the unfinished jobs' locks
   * expire and another worker picks them up, so a slow shutdown never loses a job.
   */
  async close(graceMs: number): Promise<'drained' | 'released'> {
    let timer: NodeJS.Timeout | undefined;
    // pause(), not close(): BullMQ's close() cannot be forced once an unforced close is under way (a second call
    // returns the first, which waits for the active jobs), so the grace period would never end.
    const outcome = await Promise.race([
      this.worker.pause().then(() => 'drained' as const),
      new Promise<'released'>((resolve) => {
        timer = setTimeout(() => resolve('released'), graceMs);
      }),
    ]);
    clearTimeout(timer);
    // Forced, BullMQ neither waits for the active jobs nor renews their locks any more.
    await this.worker.close(outcome === 'released');
    return outcome;
  }

  /**
   * A job can end failed without the user having heard anything: it stalled too often (its workers kept dying), or
   * it failed before its final message. The user still gets exactly one answer.
   */
  private async answerIfUnanswered(job: Job<SummaryJobData, SummaryJobResult>, error: Error): Promise<void> {
    const parsed = SummaryJobDataSchema.safeParse(job.data);
    const slack = parsed.success ? parsed.data.slack : undefined;
    // The same fields as the processor's job lines, so the whole story of a job can be found by its id.
    const log = this.logger.child({ jobId: job.id, team: slack?.teamId, channel: slack?.channelId });
    try {
      if ((await job.getState()) !== 'failed') return;
      if (!parsed.success || parsed.data.delivery.done) return;
      const state = new JobDeliveryState(job, parsed.data);
      const message = renderFailure(parsed.data.source, FAILURE_REASONS.unfinished, parsed.data.slack.userId);
      await this.delivery.deliverFinal(state, { full: message, compact: message }, log);
      log.warn({ stage: 'post', reason: error.message }, 'job failed without an answer; the user was told');
    } catch (deliveryError) {
      log.error({ stage: 'post', err: deliveryError }, 'could not tell the user that the job failed');
    }
  }
}
