import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FallbackReason } from '../summarize/summary';
import type { TokenUsage } from '../summarize/types';

export type JobStage = 'fetch' | 'extract' | 'summarize' | 'post';
export type JobOutcome = 'summarized' | 'fallback' | 'user_error' | 'failed' | 'retried' | 'rate_limited';
export type LlmCallOutcome = 'ok' | 'rate_limited' | 'failed';

/**
 * A worker process's metrics, served on its own small HTTP port. Queue depth is not here: the web process exports it
 * once (src/metrics/queueGauges.ts), instead of once per worker and not at all when no worker is alive.
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly stageSeconds: Histogram<'stage'>;
  private readonly jobs: Counter<'outcome'>;
  private readonly llmTokens: Counter<'direction'>;
  private readonly llmCalls: Counter<'outcome'>;
  private readonly fallbacks: Counter<'reason'>;
  private readonly ungroundedDropped: Counter<'kind'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.stageSeconds = new Histogram({
      name: 'newsbot_job_stage_seconds',
      help: 'Time spent per job stage',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80],
      registers,
    });
    this.jobs = new Counter({ name: 'newsbot_jobs_total', help: 'Job attempts by outcome', labelNames: ['outcome'], registers });
    this.llmTokens = new Counter({
      name: 'newsbot_llm_tokens_total',
      help: 'LLM tokens billed, unusable answers (malformed, cut off, unverifiable) included',
      labelNames: ['direction'],
      registers,
    });
    // One per summary asked of the model, however many HTTP requests its retries took: the outcome is the summary's.
    this.llmCalls = new Counter({
      name: 'newsbot_llm_calls_total',
      help: 'Summaries asked of the AI engine by outcome (one per job attempt, retried HTTP requests included)',
      labelNames: ['outcome'],
      registers,
    });
    this.fallbacks = new Counter({
      name: 'newsbot_fallbacks_total',
      help: 'Summaries answered by the offline engine although an AI engine is configured',
      labelNames: ['reason'],
      registers,
    });
    this.ungroundedDropped = new Counter({
      name: 'newsbot_ungrounded_dropped_total',
      help: 'Parties and bullets removed because the article does not support them',
      labelNames: ['kind'],
      registers,
    });
  }

  observeStage(stage: JobStage, milliseconds: number): void {
    this.stageSeconds.observe({ stage }, milliseconds / 1000);
  }

  recordJob(outcome: JobOutcome): void {
    this.jobs.inc({ outcome });
  }

  recordLlmCall(outcome: LlmCallOutcome, usage: TokenUsage | null): void {
    this.llmCalls.inc({ outcome });
    if (usage) {
      this.llmTokens.inc({ direction: 'input' }, usage.inputTokens);
      this.llmTokens.inc({ direction: 'output' }, usage.outputTokens);
    }
  }

  recordFallback(reason: FallbackReason): void {
    this.fallbacks.inc({ reason });
  }

  recordUngrounded(parties: number, bullets: number): void {
    if (parties > 0) this.ungroundedDropped.inc({ kind: 'party' }, parties);
    if (bullets > 0) this.ungroundedDropped.inc({ kind: 'bullet' }, bullets);
  }
}
