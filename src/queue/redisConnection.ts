import { Redis, type RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'worker';

/**
 * Connection settings differ by role, as BullMQ's production guide asks:
 * - a worker blocks on Redis and must ride out restarts, so it retries forever (`maxRetriesPerRequest: null`);
 * - the web process must answer Slack within 3 seconds, so its commands fail fast while Redis is away
 *   (no offline queue, one retry) and the user is told to try again instead of waiting on a timeout.
 */
export function createRedisConnection(url: string, role: RedisRole, options: RedisOptions = {}): Redis {
  const roleOptions: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, enableAutoPipelining: true };
  return new Redis(url, {
    ...roleOptions,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
    ...options,
  });
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. */
export async function waitForRedis(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis not ready after ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      connection.off('ready', onReady);
    };
    connection.on('ready', onReady);
  });
}
