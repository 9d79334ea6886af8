import type { Redis } from 'ioredis';

const PING_TIMEOUT_MS = 1_000;

/** Redis round trip, or that it failed; bounded so a probe never hangs on a dead connection. */
export async function pingRedis(redis: Redis): Promise<{ ok: true; ms: number } | { ok: false }> {
  const started = process.hrtime.bigint();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
