import { Router } from 'express';
import type { Redis } from 'ioredis';
import { pingRedis } from './redisPing';

/**
 * Public probes for orchestrators: `/healthz` says the process is alive (restart it if not), `/readyz` says it can
 * take requests (Redis answers), so a load balancer stops routing Slack traffic to an instance that cannot queue.
 */
export function probeRoutes(redis: Redis): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ping = await pingRedis(redis);
    if (ping.ok) res.json({ status: 'ready', redis: { ok: true, ms: Math.round(ping.ms * 100) / 100 } });
    else res.status(503).json({ status: 'not_ready', redis: { ok: false } });
  });
  return router;
}
