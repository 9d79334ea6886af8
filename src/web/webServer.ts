import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import express, { type Application } from 'express';
import type { Redis } from 'ioredis';
import type { WebConfig } from '../config';
import type { Logger } from '../logger';
import { WebMetrics } from '../metrics/webMetrics';
import { createRedisConnection } from '../queue/redisConnection';
import { createSummaryQueue, enqueueSummary, type SummaryQueue } from '../queue/summaryQueue';
import { MAX_LINKS_PER_MESSAGE } from '../slack/requestParsing';
import { createSlackApp } from '../slack/slackApp';
import { adminRoutes } from '../admin/adminRoutes';
import { probeRoutes } from '../admin/probeRoutes';
import { VERSION } from '../version';
import { WorkerAvailability } from './workerAvailability';

export interface WebServerOptions {
  /**
   * TEST ONLY: private addresses links may point at (a local test page server). Never set from configuration.
   */
  allowPrivateAddressesForTests?: readonly string[];
}
const REPLY_CLAIM_SECONDS = 24 * 60 * 60;

/**
 * The web process: Slack's entry point (HTTP or Socket Mode), the health probes and the admin surface. It only
 * parses, acks and enqueues; workers do the slow work.
 */
export class WebServer {
  readonly metrics = new WebMetrics();
  readonly expressApp: Application;
  readonly slackApp: App;
  readonly queue: SummaryQueue;
  private readonly redis: Redis;
  private readonly workerAvailability: WorkerAvailability;
  private server: Server | undefined;

  constructor(
    private readonly config: WebConfig,
    private readonly logger: Logger,
    options: WebServerOptions = {},
  ) {
    this.redis = createRedisConnection(config.queue.redisUrl, 'producer');
    this.redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
    this.workerAvailability = new WorkerAvailability(this.redis, config.queue.prefix, logger);
    this.queue = createSummaryQueue({
      connection: this.redis,
      prefix: config.queue.prefix,
      attempts: config.jobs.attempts,
      backoffMs: config.jobs.backoffMs,
    });
    this.queue.on('error', (error) => logger.warn({ err: error }, 'queue error'));

    this.expressApp = express();
    this.expressApp.disable('x-powered-by');
    this.expressApp.use('/slack', (_req, res, next) => {
      const started = process.hrtime.bigint();
      res.once('finish', () => this.metrics.observeAck(Number(process.hrtime.bigint() - started) / 1e9));
      next();
    });
    this.expressApp.use(probeRoutes(this.redis));
    this.expressApp.use(
      adminRoutes({
        token: config.admin.token,
        metricsPublic: config.admin.metricsPublic,
        bullBoardReadOnly: config.admin.bullBoardReadOnly,
        thresholds: { maxWaitingAgeMs: config.admin.maxWaitingAgeMs },
        queue: this.queue,
        redis: this.redis,
        prefix: config.queue.prefix,
        registry: this.metrics.registry,
        version: VERSION,
        summarizer: { engine: config.summarizer.engine, model: config.summarizer.engine === 'openai' ? config.summarizer.openai.model : null },
      }),
    );

    this.slackApp = createSlackApp({
      botToken: config.slack.botToken,
      signingSecret: config.slack.signingSecret,
      appToken: config.slack.appToken,
      apiUrl: config.slack.apiUrl,
      expressApp: this.expressApp,
      logger,
      listeners: {
        logger,
        metrics: this.metrics,
        limits: {
          maxTextChars: config.pastedTextMaxChars,
          maxLinks: MAX_LINKS_PER_MESSAGE,
          urlPolicy: { allowedPorts: config.fetchAllowedPorts, allowPrivateAddresses: options.allowPrivateAddressesForTests ?? [] },
        },
        enqueue: async (input, itemIndex) => {
          const jobId = await enqueueSummary(this.queue, input, { itemIndex, timeoutMs: config.enqueueTimeoutMs });
          logger.info({ jobId, stage: 'enqueue', kind: input.request.kind, team: input.slack.teamId, channel: input.slack.channelId }, 'job queued');
        },
        claimReply: (key) => this.claimReply(key),
        workersAvailable: () => this.workerAvailability.anyLive(),
      },
    });
  }

  /** Listens on `port` (0 picks a free one) and, in Socket Mode, connects to Slack. Returns the bound port. */
  async start(port = this.config.port): Promise<number> {
    if (this.config.slack.appToken !== undefined) await this.slackApp.start();
    this.server = this.expressApp.listen(port);
    await once(this.server, 'listening');
    const bound = (this.server.address() as AddressInfo).port;
    this.logger.info({ port: bound, mode: this.config.slack.appToken ? 'socket' : 'http' }, 'web process listening');
    return bound;
  }

  async stop(): Promise<void> {
    if (this.server) {
      const server = this.server;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forceClose = setTimeout(() => server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(forceClose);
    }
    if (this.config.slack.appToken !== undefined) await this.slackApp.stop();
    await this.queue.close();
    this.redis.disconnect();
  }

  private async claimReply(key: string): Promise<boolean> {
    try {
      const claimed = await this.redis.set(`${this.config.queue.prefix}:replied:${key}`, '1', 'EX', REPLY_CLAIM_SECONDS, 'NX');
      return claimed === 'OK';
    } catch (error) {
      // Without Redis a repeated reply is better than none.
      this.logger.warn({ err: error }, 'could not record a reply; answering anyway');
      return true;
    }
  }
}
