import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import { isUserFacingError } from '../src/errors';
import type { Logger } from '../src/logger';
import type { JobStage, WorkerMetrics } from '../src/metrics/workerMetrics';
import { SummaryJobDataSchema, type SummaryJobData } from '../src/queue/summaryJob';
import { FAILURE_REASONS, renderFailure } from '../src/slack/render/requestMessages';
import { renderCompactSummary, renderSummaryMessage } from '../src/slack/render/summaryMessage';
import { LlmRateLimitedError, usageOf } from '../src/summarize/llm/errors';
import { runPipeline, type PipelineDeps } from '../src/summarize/pipeline';
import type { FallbackReason, SummaryResult } from '../src/summarize/summary';
import type { EngineName, TokenUsage } from '../src/summarize/types';
import { JobDeliveryState } from './jobDeliveryState';
import { SlackRateLimitedError, UndeliverableError, type SlackDelivery } from './slackDelivery';

export interface SummaryJobResult {
  outcome: 'summarized' | 'refused' | 'already_delivered';
  engine: EngineName | null;
  model: string | null;
  fallback: FallbackReason | null;
  usage: TokenUsage | null;
  droppedParties: number;
  droppedBullets: number;
  errorCode: string | null;
}

export interface SummaryProcessorDeps {
  pipeline: PipelineDeps;
  delivery: SlackDelivery;
  logger: Logger;
  metrics: WorkerMetrics;
  /** Whole-job budget (fetch + summarize); past it the attempt is aborted. */
  jobTimeoutMs: number;
  /** Rate-limit pauses allowed per job before answering with the offline engine instead. */
  maxRateLimitDeferrals: number;
  /** Slack rate-limit delays allowed per job before giving up on the attempt. */
  maxSlackDelays: number;
}

/**
 * Shortest queue pause after an AI 429. Providers may send `Retry-After: 0` (or a date already past); BullMQ cannot
 * set a zero-length limit (Redis refuses the expiry), and taking the next job at once would be the busy loop the
 * pause exists to avoid.
 */
const MIN_AI_RATE_LIMIT_PAUSE_MS = 1_000;

/**
 * One job: placeholder → pipeline → final message. Errors are sorted by what the user should see:
 * a refusal (bad link, page not found) is answered at once; a transient failure is retried by BullMQ and answered
 * only on the last attempt; a rate limit pauses the queue (AI) or delays the job (Slack) without spending attempts.
 */
export function createSummaryProcessor(deps: SummaryProcessorDeps, getWorker: () => Worker) {
  return async (job: Job<SummaryJobData>, token?: string, signal?: AbortSignal): Promise<SummaryJobResult> => {
    const parsed = SummaryJobDataSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
    const state = new JobDeliveryState(job, parsed.data);
    const log = deps.logger.child({ jobId: job.id, team: state.data.slack.teamId, channel: state.data.slack.channelId, attempt: job.attemptsMade + 1 });
    if (state.data.delivery.done) return resultOf('already_delivered');
    // The stage under way, so a failure's log line says where the job was.
    const progress: JobProgress = { stage: 'post' };

    try {
      await timedPost(deps, () => deps.delivery.ensurePlaceholder(state, log));
      const result = await summarize(job, state.data, deps, log, progress, signal);
      progress.stage = 'post';
      await timedPost(deps, () =>
        deps.delivery.deliverFinal(
          state,
          {
            full: renderSummaryMessage(result, { requestedBy: state.data.slack.userId }),
            compact: renderCompactSummary(result, { requestedBy: state.data.slack.userId }),
          },
          log,
        ),
      );
      const { summary } = result;
      deps.metrics.recordJob(summary.fallback ? 'fallback' : 'summarized');
      deps.metrics.recordUngrounded(summary.grounding.droppedParties, summary.grounding.droppedBullets);
      log.info(
        {
          stage: 'done',
          engine: summary.engine,
          fallback: summary.fallback,
          usage: summary.usage,
          droppedParties: summary.grounding.droppedParties,
          droppedBullets: summary.grounding.droppedBullets,
        },
        'summary delivered',
      );
      return {
        ...resultOf('summarized'),
        engine: summary.engine,
        model: summary.model,
        fallback: summary.fallback,
        usage: summary.usage,
        droppedParties: summary.grounding.droppedParties,
        droppedBullets: summary.grounding.droppedBullets,
      };
    } catch (error) {
      return handleFailure(error, job, state, deps, log, progress.stage, getWorker, token);
    }
  };
}

interface JobProgress {
  stage: JobStage;
}

/** The stage that follows one the pipeline reports finished. */
const NEXT_STAGE: Record<JobStage, JobStage> = { fetch: 'extract', extract: 'summarize', summarize: 'post', post: 'post' };

async function summarize(
  job: Job<SummaryJobData>,
  data: SummaryJobData,
  deps: SummaryProcessorDeps,
  log: Logger,
  progress: JobProgress,
  signal?: AbortSignal,
): Promise<SummaryResult> {
  progress.stage = data.source.kind === 'url' ? 'fetch' : 'summarize';
  const deferralsLeft = job.attemptsStarted <= deps.maxRateLimitDeferrals;
  const budget = AbortSignal.timeout(deps.jobTimeoutMs);
  const result = await runPipeline(data.source, deps.pipeline, {
    signal: signal ? AbortSignal.any([signal, budget]) : budget,
    onRateLimit: deferralsLeft ? 'defer' : 'fallback',
    onStage: (stage, ms) => {
      progress.stage = NEXT_STAGE[stage];
      deps.metrics.observeStage(stage, ms);
      log.debug({ stage, ms: Math.round(ms) }, 'stage finished');
    },
    onFallback: (reason, error, usage) => {
      deps.metrics.recordFallback(reason);
      deps.metrics.recordLlmCall(error instanceof LlmRateLimitedError ? 'rate_limited' : 'failed', usage);
      log.warn({ stage: 'summarize', reason, usage, err: error }, 'AI engine failed; answering with the offline engine');
    },
  });
  if (result.summary.engine !== 'offline') deps.metrics.recordLlmCall('ok', result.summary.usage);
  return result;
}

async function handleFailure(
  error: unknown,
  job: Job<SummaryJobData>,
  state: JobDeliveryState,
  deps: SummaryProcessorDeps,
  log: Logger,
  /** Where the attempt failed. */
  stage: JobStage,
  getWorker: () => Worker,
  token: string | undefined,
): Promise<SummaryJobResult> {
  if (error instanceof LlmRateLimitedError) {
    deps.metrics.recordJob('rate_limited');
    deps.metrics.recordLlmCall('rate_limited', usageOf(error));
    log.warn({ stage: 'summarize', retryAfterMs: error.retryAfterMs }, 'AI provider rate limit: pausing the queue');
    // Pauses every worker on this queue (the provider's limit is per key, not per worker); attempts are not spent.
    await getWorker().rateLimit(Math.max(error.retryAfterMs, MIN_AI_RATE_LIMIT_PAUSE_MS));
    throw Worker.RateLimitError();
  }
  if (error instanceof SlackRateLimitedError && job.attemptsStarted <= deps.maxSlackDelays) {
    deps.metrics.recordJob('rate_limited');
    log.warn({ stage: 'post', retryAfterMs: error.retryAfterMs }, 'Slack rate limit: delaying the job');
    await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
    throw new DelayedError();
  }
  if (error instanceof UndeliverableError) {
    deps.metrics.recordJob('failed');
    log.error({ stage: 'post', err: error }, 'cannot answer this request anywhere');
    throw new UnrecoverableError(error.message);
  }

  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const refusal = isUserFacingError(error) && !(error.retryable && !lastAttempt);
  if (!refusal && !lastAttempt) {
    deps.metrics.recordJob('retried');
    log.warn({ stage, err: error }, 'attempt failed; BullMQ will retry');
    throw error;
  }

  const userMessage = isUserFacingError(error) ? error.userMessage : isTimeout(error) ? FAILURE_REASONS.timeout : FAILURE_REASONS.generic;
  // A failure message is short already: the compact form Slack may ask for is the same message.
  const failure = renderFailure(state.data.source, userMessage, state.data.slack.userId);
  await deps.delivery.deliverFinal(state, { full: failure, compact: failure }, log);
  if (isUserFacingError(error)) {
    deps.metrics.recordJob('user_error');
    log.info({ stage, errorCode: error.code, err: error }, 'request refused; the user was told why');
    return { ...resultOf('refused'), errorCode: error.code };
  }
  deps.metrics.recordJob('failed');
  log.error({ stage, err: error }, 'job failed on its last attempt; the user was told');
  throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

async function timedPost(deps: SummaryProcessorDeps, write: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await write();
  } finally {
    deps.metrics.observeStage('post', performance.now() - started);
  }
}

function resultOf(outcome: SummaryJobResult['outcome']): SummaryJobResult {
  return { outcome, engine: null, model: null, fallback: null, usage: null, droppedParties: 0, droppedBullets: 0, errorCode: null };
}
