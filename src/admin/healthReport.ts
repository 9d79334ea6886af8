import type { Redis } from 'ioredis';
import type { SummaryQueue } from '../queue/summaryQueue';
import { pingRedis } from './redisPing';
import { listLiveWorkers, type LiveWorker } from './workerRegistry';

export type HealthStatus = 'ok' | 'degraded' | 'down';

export interface HealthReport {
  status: HealthStatus;
  reasons: string[];
  version: string;
  uptimeSeconds: number;
  redis: { reachable: boolean; roundTripMs: number | null };
  queue: {
    counts: { waiting: number; active: number; delayed: number; failed: number; completed: number };
    oldestWaitingAgeMs: number | null;
  };
  workers: LiveWorker[];
  lastHour: { completed: number; failed: number; topFailureReasons: Array<{ reason: string; count: number }> };
  summarizer: { engine: string; model: string | null };
}

export interface HealthThresholds {
  /** A waiting job older than this means workers are not keeping up. */
  maxWaitingAgeMs: number;
}

const HOUR_MS = 60 * 60 * 1000;
const FAILED_SAMPLE = 200;

/**
 * Decides the overall status: `down` when nothing can work (Redis unreachable), `degraded` when requests are
 * accepted but not answered in time (no live worker, a backlog older than the threshold).
 */
function assessHealth(input: {
  redisReachable: boolean;
  liveWorkers: number;
  oldestWaitingAgeMs: number | null;
  thresholds: HealthThresholds;
}): { status: HealthStatus; reasons: string[] } {
  if (!input.redisReachable) return { status: 'down', reasons: ['Redis is unreachable: requests cannot be queued'] };
  const reasons: string[] = [];
  if (input.liveWorkers === 0) reasons.push('no live worker: requests are queued but nobody processes them');
  if (input.oldestWaitingAgeMs !== null && input.oldestWaitingAgeMs > input.thresholds.maxWaitingAgeMs) {
    reasons.push(
      `oldest waiting job is ${Math.round(input.oldestWaitingAgeMs / 1000)} s old (threshold ${Math.round(input.thresholds.maxWaitingAgeMs / 1000)} s)`,
    );
  }
  return { status: reasons.length > 0 ? 'degraded' : 'ok', reasons };
}

export interface HealthSources {
  redis: Redis;
  queue: SummaryQueue;
  prefix: string;
  version: string;
  summarizer: { engine: string; model: string | null };
  thresholds: HealthThresholds;
}

export interface QueueSnapshot {
  counts: HealthReport['queue']['counts'];
  oldestWaitingAgeMs: number | null;
  workers: LiveWorker[];
}

/**
 * What the queue looks like right now: job counts by state, the age of the oldest waiting job and the live workers.
 * Shared by `/admin/health` and the web process's gauges, so the alert rules and the health report never disagree.
 */
export async function collectQueueSnapshot(
  sources: Pick<HealthSources, 'redis' | 'queue' | 'prefix'>,
  now = Date.now(),
): Promise<QueueSnapshot> {
  const [counts, oldestWaiting, workers] = await Promise.all([
    sources.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
    sources.queue.getJobs(['waiting'], 0, 0, true),
    listLiveWorkers(sources.redis, sources.prefix, now),
  ]);
  const oldest = oldestWaiting[0];
  return {
    counts: {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      completed: counts.completed ?? 0,
    },
    oldestWaitingAgeMs: oldest ? Math.max(0, now - oldest.timestamp) : null,
    workers,
  };
}

export async function collectHealthReport(sources: HealthSources, now = Date.now()): Promise<HealthReport> {
  const base = {
    version: sources.version,
    uptimeSeconds: Math.round(process.uptime()),
    summarizer: sources.summarizer,
  };
  const ping = await pingRedis(sources.redis);
  if (!ping.ok) {
    return {
      ...base,
      ...assessHealth({ redisReachable: false, liveWorkers: 0, oldestWaitingAgeMs: null, thresholds: sources.thresholds }),
      redis: { reachable: false, roundTripMs: null },
      queue: { counts: { waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 }, oldestWaitingAgeMs: null },
      workers: [],
      lastHour: { completed: 0, failed: 0, topFailureReasons: [] },
    };
  }

  // BullMQ keeps finished jobs in sorted sets scored by finish time: counting the last hour is one ZCOUNT each.
  const hourAgo = now - HOUR_MS;
  const [snapshot, completedLastHour, failedLastHour, recentFailed] = await Promise.all([
    collectQueueSnapshot(sources, now),
    sources.redis.zcount(sources.queue.toKey('completed'), hourAgo, '+inf'),
    sources.redis.zcount(sources.queue.toKey('failed'), hourAgo, '+inf'),
    sources.queue.getFailed(0, FAILED_SAMPLE - 1),
  ]);
  const { counts, oldestWaitingAgeMs, workers } = snapshot;

  const reasonCounts = new Map<string, number>();
  for (const job of recentFailed) {
    if ((job.finishedOn ?? 0) < hourAgo) continue;
    const reason = job.failedReason || 'unknown';
    reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
  }
  const topFailureReasons = [...reasonCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([reason, count]) => ({ reason, count }));

  return {
    ...base,
    ...assessHealth({ redisReachable: true, liveWorkers: workers.length, oldestWaitingAgeMs, thresholds: sources.thresholds }),
    redis: { reachable: true, roundTripMs: Math.round(ping.ms * 100) / 100 },
    queue: { counts, oldestWaitingAgeMs },
    workers,
    lastHour: { completed: completedLastHour, failed: failedLastHour, topFailureReasons },
  };
}
