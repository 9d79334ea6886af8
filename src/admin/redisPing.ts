import type { Redis } from 'ioredis';

/** Redis round trip, or the reason it failed; bounded so a probe never hangs on a dead connection. */
export async function pingRedis(redis: Redis, timeoutMs = 1_000): Promise<{ ok: true; ms: number } | { ok: false; error: string }> {
  const started = process.hrtime.bigint();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
