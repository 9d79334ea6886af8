import { Gauge, type Registry } from 'prom-client';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** The queue as the web process sees it at scrape time; `null` when Redis does not answer. */
export interface QueueGaugeSnapshot {
  counts: Record<(typeof QUEUE_STATES)[number], number>;
  oldestWaitingAgeMs: number | null;
  liveWorkers: number;
}

/**
 * Queue gauges computed at scrape time from the same data as `/admin/health`, by the web process: one series per
 * web process whether zero or ten workers run, and still there when every worker is gone (which is when the
 * "no live worker" and "backlog" alerts must fire).
 *
 * While Redis does not answer, `newsbot_redis_up` is 0, the per-state counts disappear and the two single gauges
 * are NaN (unknown): no alert comparison on them holds, and stale values are never shown as current.
 */
export function registerQueueGauges(registry: Registry, read: () => Promise<QueueGaugeSnapshot | null>): void {
  // The gauges are collected concurrently for one scrape: they share one read of Redis.
  let pending: Promise<QueueGaugeSnapshot | null> | undefined;
  const snapshot = (): Promise<QueueGaugeSnapshot | null> => {
    pending ??= read()
      .catch(() => null)
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const registers = [registry];

  new Gauge({
    name: 'newsbot_redis_up',
    help: 'Whether the web process reached Redis at scrape time (1) or not (0)',
    registers,
    async collect() {
      this.set((await snapshot()) === null ? 0 : 1);
    },
  });
  new Gauge({
    name: 'newsbot_live_workers',
    help: 'Worker processes whose heartbeat is fresh (seen in the last 15 s), as /admin/health lists them',
    registers,
    async collect() {
      const current = await snapshot();
      this.set(current === null ? Number.NaN : current.liveWorkers);
    },
  });
  new Gauge({
    name: 'newsbot_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job waiting for a worker (0 when none waits)',
    registers,
    async collect() {
      const current = await snapshot();
      this.set(current === null ? Number.NaN : (current.oldestWaitingAgeMs ?? 0) / 1000);
    },
  });
  new Gauge({
    name: 'newsbot_queue_jobs',
    help: 'Jobs in the queue by state (waiting includes prioritized)',
    labelNames: ['state'],
    registers,
    async collect() {
      const current = await snapshot();
      this.reset();
      if (current === null) return;
      for (const state of QUEUE_STATES) this.set({ state }, current.counts[state]);
    },
  });
}
