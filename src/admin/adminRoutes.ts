import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import { registerQueueGauges } from '../metrics/queueGauges';
import type { SummaryQueue } from '../queue/summaryQueue';
import { adminDisabled, requireAdminToken } from './adminAuth';
import { collectHealthReport, collectQueueSnapshot, type HealthThresholds } from './healthReport';
import { pingRedis } from './redisPing';

export interface AdminRoutesOptions {
  /** Undefined: every admin route answers 404. */
  token: string | undefined;
  metricsPublic: boolean;
  bullBoardReadOnly: boolean;
  thresholds: HealthThresholds;
  queue: SummaryQueue;
  redis: Redis;
  prefix: string;
  registry: Registry;
  version: string;
  summarizer: { engine: string; model: string | null };
}

const QUEUE_DASHBOARD_PATH = '/admin/queues';

export function metricsHandler(registry: Registry): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  };
}

/**
 * The operator's surface on the web process: `/admin/health` (JSON, 503 when down), `/admin/queues` (Bull Board) and
 * `/metrics` (Prometheus, with the queue gauges read at scrape time from the same data as the health report). All
 * of it requires the admin token; `/metrics` may be made public on purpose.
 */
export function adminRoutes(options: AdminRoutesOptions): Router {
  const router = Router();
  registerQueueGauges(options.registry, async () => {
    if (!(await pingRedis(options.redis)).ok) return null;
    const snapshot = await collectQueueSnapshot(options);
    return { counts: snapshot.counts, oldestWaitingAgeMs: snapshot.oldestWaitingAgeMs, liveWorkers: snapshot.workers.length };
  });
  const auth = options.token === undefined ? adminDisabled : requireAdminToken(options.token);

  router.get('/metrics', ...(options.metricsPublic ? [] : [auth]), metricsHandler(options.registry));
  router.use('/admin', auth);

  router.get('/admin/health', async (_req, res) => {
    const report = await collectHealthReport({
      redis: options.redis,
      queue: options.queue,
      prefix: options.prefix,
      version: options.version,
      summarizer: options.summarizer,
      thresholds: options.thresholds,
    });
    res.status(report.status === 'down' ? 503 : 200).json(report);
  });

  const dashboard = new ExpressAdapter();
  dashboard.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(options.queue, { readOnlyMode: options.bullBoardReadOnly })],
    serverAdapter: dashboard,
  });
  router.use(QUEUE_DASHBOARD_PATH, dashboard.getRouter());
  return router;
}
