import type { Redis } from 'ioredis';
import { countLiveWorkers } from '../admin/workerRegistry';
import type { Logger } from '../logger';

/**
 * How long a "yes" is reused, so a burst of requests costs one lookup. A "no" is not reused: the first request after
 * a worker comes back must not be told to wait.
 */
const CACHE_MS = 3_000;

/**
 * Whether any worker is alive to take a new job, from the workers' heartbeats. A request queued while none is gets
 * a note, so the user is not left looking at nothing until a worker comes back.
 */
export class WorkerAvailability {
  private liveSeenAt: number | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async anyLive(now = Date.now()): Promise<boolean> {
    if (this.liveSeenAt !== undefined && now - this.liveSeenAt < CACHE_MS) return true;
    try {
      const live = (await countLiveWorkers(this.redis, this.prefix, now)) > 0;
      if (live) this.liveSeenAt = now;
      return live;
    } catch (error) {
      // Unknown is not "down": the job is queued either way, and a false alarm would worry the user for nothing.
      this.logger.warn({ err: error }, 'could not read worker heartbeats');
      return true;
    }
  }
}
