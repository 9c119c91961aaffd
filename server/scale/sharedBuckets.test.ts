import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryBuckets, redisBuckets } from './sharedBuckets.ts';
import { testRedis } from './testRedis.ts';

// Database 12 of the test Redis is this file's.
let redis: Redis | null;
beforeAll(async () => {
  redis = await testRedis(12);
});
afterAll(() => redis?.disconnect());

const LIMIT = { capacity: 5, refillPerSec: 0.5 };

describe('shared buckets', () => {
  it('peek looks without taking, in memory and in Redis', async ({ skip }) => {
    const kinds = [memoryBuckets(), ...(redis ? [redisBuckets(redis, 'bucket:')] : [])];
    for (const b of kinds) {
      for (let i = 0; i < 10; i++) expect((await b.peek('peek', LIMIT, 1000)).ok).toBe(true);
      for (let i = 0; i < LIMIT.capacity; i++) await b.take('peek', LIMIT, 1000);
      const looked = await b.peek('peek', LIMIT, 1000);
      expect(looked.ok).toBe(false);
      expect(looked.retryInMs).toBeGreaterThan(0);
    }
    if (!redis) skip();
  });

  it('in memory: a burst of capacity, then refusals with when to retry', async () => {
    const b = memoryBuckets();
    const taken = [];
    for (let i = 0; i < 7; i++) taken.push(await b.take('k', LIMIT, 1000));
    expect(taken.map((t) => t.ok)).toEqual([true, true, true, true, true, false, false]);
    expect(taken[5]?.retryInMs).toBe(2000);
    expect((await b.take('k', LIMIT, 3000)).ok).toBe(true);
    expect((await b.take('other', LIMIT, 3000)).ok).toBe(true);
  });

  it('in Redis: three processes drawing at once get one capacity between them', async ({ skip }) => {
    if (!redis) return skip();
    const conns = [redis, redis.duplicate(), redis.duplicate()];
    try {
      const processes = conns.map((c) => redisBuckets(c, 'bucket:'));
      const taken = await Promise.all(
        Array.from({ length: 15 }, (_, i) => processes[i % 3]?.take('join:1.2.3.4', LIMIT, 0)),
      );
      expect(taken.filter((t) => t?.ok)).toHaveLength(LIMIT.capacity);
      const refused = taken.find((t) => !t?.ok);
      expect(refused?.retryInMs).toBeGreaterThan(0);
      expect(refused?.retryInMs).toBeLessThanOrEqual(2000);
      // Another key has its own bucket; idle keys expire once full again.
      expect((await processes[0]?.take('join:5.6.7.8', LIMIT, 0))?.ok).toBe(true);
      const ttl = await redis.pttl('bucket:join:5.6.7.8');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2000 + 1000);
    } finally {
      for (const c of conns.slice(1)) c.disconnect();
    }
  });
});
