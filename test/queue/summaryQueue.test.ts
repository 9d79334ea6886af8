import type { Redis } from 'ioredis';
import { createRedisConnection } from '../../src/queue/redisConnection';
import { createSummaryQueue, enqueueSummary, type SummaryQueue } from '../../src/queue/summaryQueue';
import { startTestRedis, type TestRedis } from '../support/redisServer';

const DAY_S = 24 * 60 * 60;

/**
 * BullMQ keeps finished jobs forever unless told otherwise: Redis would grow with every summary. The queue's defaults
 * bound both finished sets by age and by count, while keeping completed jobs long enough (a day) for their ids to
 * make Slack's late duplicate deliveries no-ops.
 */
describe('summary queue retention', () => {
  let redis: TestRedis;
  let connection: Redis;
  let queue: SummaryQueue;

  beforeAll(async () => {
    redis = await startTestRedis();
    connection = createRedisConnection(redis.url, 'producer');
    queue = createSummaryQueue({ connection, prefix: redis.prefix, attempts: 3, backoffMs: 100 });
  });
  afterAll(async () => {
    await queue.close();
    connection.disconnect();
    await redis.close();
  });

  it('gives every enqueued job bounded removeOnComplete and removeOnFail', async () => {
    const jobId = await enqueueSummary(
      queue,
      {
        version: 1,
        request: { kind: 'mention', id: 'Ev0RETAIN', receivedAt: new Date().toISOString() },
        source: { kind: 'url', url: 'https://news.test/story' },
        slack: { teamId: 'T1', channelId: 'C1', userId: 'U1', threadTs: null, responseUrl: null },
      },
      { timeoutMs: 2_000 },
    );
    const job = await queue.getJob(jobId);
    const { removeOnComplete, removeOnFail } = job!.opts;
    for (const keep of [removeOnComplete, removeOnFail]) {
      expect(keep).toEqual({ age: expect.any(Number), count: expect.any(Number) });
      const { age, count } = keep as { age: number; count: number };
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(100_000);
      expect(age).toBeLessThanOrEqual(30 * DAY_S);
    }
    // Long enough for duplicate deliveries to find the finished job.
    expect((removeOnComplete as { age: number }).age).toBeGreaterThanOrEqual(DAY_S);
    expect((removeOnFail as { age: number }).age).toBeGreaterThanOrEqual(DAY_S);
  });
});
