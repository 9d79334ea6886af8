import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { z } from 'zod';

/**
 * Workers announce themselves in Redis every few seconds, so the web process can list live workers with their host,
 * concurrency and last heartbeat (BullMQ's own client list knows neither concurrency nor host names).
 */

const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker that missed three heartbeats is no longer live. */
const LIVE_WINDOW_MS = 3 * HEARTBEAT_INTERVAL_MS;
const FORGET_AFTER_MS = 60 * 60 * 1000;

const WorkerInfoSchema = z.object({
  id: z.string(),
  host: z.string(),
  pid: z.coerce.number(),
  concurrency: z.coerce.number(),
  startedAt: z.string(),
  version: z.string(),
});

export type WorkerInfo = z.infer<typeof WorkerInfoSchema>;
export interface LiveWorker extends WorkerInfo {
  lastSeen: string;
}

const registryKey = (prefix: string) => `${prefix}:workers`;
const infoKey = (prefix: string, id: string) => `${prefix}:worker:${id}`;

export class WorkerHeartbeat {
  private timer: NodeJS.Timeout | undefined;
  readonly info: WorkerInfo;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    details: { concurrency: number; version: string },
  ) {
    this.info = {
      id: `${hostname()}-${process.pid}-${Date.now().toString(36)}`,
      host: hostname(),
      pid: process.pid,
      concurrency: details.concurrency,
      startedAt: new Date().toISOString(),
      version: details.version,
    };
  }

  start(): void {
    const beat = () => {
      this.beat().catch(() => undefined);
    };
    beat();
    this.timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  /** Stops beating and leaves the registry at once, so health turns degraded without waiting for the window. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.redis
      .multi()
      .zrem(registryKey(this.prefix), this.info.id)
      .del(infoKey(this.prefix, this.info.id))
      .exec()
      .catch(() => undefined);
  }

  private async beat(): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .hset(infoKey(this.prefix, this.info.id), { ...this.info })
      .pexpire(infoKey(this.prefix, this.info.id), FORGET_AFTER_MS)
      .zadd(registryKey(this.prefix), now, this.info.id)
      .zremrangebyscore(registryKey(this.prefix), 0, now - FORGET_AFTER_MS)
      .exec();
  }
}

/** How many workers beat within the live window: one Redis call, for a question asked on every request. */
export async function countLiveWorkers(redis: Redis, prefix: string, now = Date.now()): Promise<number> {
  return redis.zcount(registryKey(prefix), now - LIVE_WINDOW_MS, '+inf');
}

export async function listLiveWorkers(redis: Redis, prefix: string, now = Date.now()): Promise<LiveWorker[]> {
  const entries = await redis.zrangebyscore(registryKey(prefix), now - LIVE_WINDOW_MS, '+inf', 'WITHSCORES');
  const workers: LiveWorker[] = [];
  for (let index = 0; index < entries.length; index += 2) {
    const id = entries[index]!;
    const lastSeen = Number(entries[index + 1]);
    const parsed = WorkerInfoSchema.safeParse(await redis.hgetall(infoKey(prefix, id)));
    if (parsed.success) workers.push({ ...parsed.data, lastSeen: new Date(lastSeen).toISOString() });
  }
  return workers;
}
