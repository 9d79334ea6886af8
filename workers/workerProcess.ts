import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient, type RetryOptions } from '@slack/web-api';
import express from 'express';
import type { Redis } from 'ioredis';
import { adminDisabled, requireAdminToken } from '../src/admin/adminAuth';
import { metricsHandler } from '../src/admin/adminRoutes';
import { WorkerHeartbeat } from '../src/admin/workerRegistry';
import type { WorkerConfig } from '../src/config';
import type { Logger } from '../src/logger';
import { WorkerMetrics } from '../src/metrics/workerMetrics';
import { createRedisConnection } from '../src/queue/redisConnection';
import type { PipelineDeps } from '../src/summarize/pipeline';
import { VERSION } from '../src/version';
import { SlackDelivery } from './slackDelivery';
import { SummaryWorker } from './summaryWorker';

/** Rate-limit pauses per job before the offline engine answers instead of waiting longer on the AI provider. */
const MAX_RATE_LIMIT_DEFERRALS = 5;
/** Slack rate-limit delays per job; Slack's own limits reset within a minute. */
const MAX_SLACK_DELAYS = 5;
const SLACK_CALL_TIMEOUT_MS = 10_000;

export interface WorkerProcessOptions {
  config: WorkerConfig;
  logger: Logger;
  /** How articles are loaded and summarized; built from the config by `main`, replaced by tests. */
  pipeline: PipelineDeps;
}

/**
 * A worker process: the BullMQ worker, its Slack client, its heartbeat, and a small HTTP server for `/healthz` and
 * `/metrics`. One per container; scale by running more of them against the same Redis.
 */
export class WorkerProcess {
  readonly metrics: WorkerMetrics;
  private readonly connection: Redis;
  private readonly worker: SummaryWorker;
  private readonly heartbeat: WorkerHeartbeat;
  private server: Server | undefined;
  private closing = false;

  constructor(private readonly options: WorkerProcessOptions) {
    const { config, logger } = options;
    this.connection = createRedisConnection(config.queue.redisUrl, 'worker');
    this.connection.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    this.metrics = new WorkerMetrics();

    // Bounded on purpose: the SDK's default keeps retrying for about 30 minutes, holding the job and its lock.
    // 429s are not retried in the client at all: the job is delayed instead, freeing the worker.
    const retryConfig: RetryOptions = { retries: config.slack.maxRetries, factor: 2, minTimeout: 500, maxTimeout: 4_000, randomize: true };
    const slack = new WebClient(config.slack.botToken, {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      retryConfig,
      rejectRateLimitedCalls: true,
      timeout: SLACK_CALL_TIMEOUT_MS,
    });

    this.worker = new SummaryWorker({
      connection: this.connection,
      prefix: config.queue.prefix,
      concurrency: config.concurrency,
      lockDurationMs: config.lockDurationMs,
      stalledIntervalMs: config.stalledIntervalMs,
      maxStalledCount: config.maxStalledCount,
      processor: {
        pipeline: options.pipeline,
        delivery: new SlackDelivery(slack),
        logger,
        metrics: this.metrics,
        jobTimeoutMs: config.jobTimeoutMs,
        maxRateLimitDeferrals: MAX_RATE_LIMIT_DEFERRALS,
        maxSlackDelays: MAX_SLACK_DELAYS,
      },
    });
    this.heartbeat = new WorkerHeartbeat(this.connection, config.queue.prefix, { concurrency: config.concurrency, version: VERSION });
  }

  /** Starts taking jobs and serving `/healthz` and `/metrics`. Returns the metrics port (0 in config picks one). */
  async start(): Promise<number> {
    const { config, logger } = this.options;
    const app = express();
    app.disable('x-powered-by');
    app.get('/healthz', (_req, res) => {
      const healthy = !this.closing && this.worker.worker.isRunning() && this.connection.status === 'ready';
      res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'unavailable', worker: this.heartbeat.info.id });
    });
    const auth = config.admin.metricsPublic ? [] : [config.admin.token === undefined ? adminDisabled : requireAdminToken(config.admin.token)];
    app.get('/metrics', ...auth, metricsHandler(this.metrics.registry));
    this.server = app.listen(config.metricsPort);
    await once(this.server, 'listening');

    this.worker.start();
    this.heartbeat.start();
    const port = (this.server.address() as AddressInfo).port;
    logger.info({ concurrency: config.concurrency, metricsPort: port, worker: this.heartbeat.info.id }, 'worker started');
    return port;
  }

  /** Graceful stop: no new jobs, active ones finish (or are released for another worker), then Redis is closed. */
  async stop(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const { config, logger } = this.options;
    // Stop taking jobs before the heartbeat goes, so no job starts on a worker the health report already counts as gone.
    const closing = this.worker.close(config.shutdownGraceMs);
    await this.heartbeat.stop();
    const outcome = await closing;
    logger.info({ outcome }, outcome === 'drained' ? 'active jobs finished' : 'active jobs released to other workers');
    if (this.server) {
      const server = this.server;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
