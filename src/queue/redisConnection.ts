import { Redis, type RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'worker';

/**
 * Connection settings differ by role, as BullMQ's production guide asks:
 * - a worker blocks on Redis and must ride out restarts, so it retries forever (`maxRetriesPerRequest: null`);
 * - the web process must answer Slack within 3 seconds, so its commands fail fast while Redis is away
 *   (no offline queue, one retry) and the user is told to try again instead of waiting on a timeout.
 */
export function createRedisConnection(url: string, role: RedisRole): Redis {
  const roleOptions: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, enableAutoPipelining: true };
  return new Redis(url, {
    ...roleOptions,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
}
