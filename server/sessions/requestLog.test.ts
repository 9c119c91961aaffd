import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '../scale/testRedis.ts';
import { redisRequestLog } from './requestLog.ts';

// Database 9 of the test Redis is this file's.
let redis: Redis | null;
beforeAll(async () => {
  redis = await testRedis(9);
});
afterAll(() => redis?.disconnect());

describe('forwarded requests run once per id', () => {
  it('joins a retry still in flight, answers a later one (on another process) from Redis', async ({
    skip,
  }) => {
    if (!redis) return skip();
    const other = redis.duplicate();
    try {
      const owner = redisRequestLog(redis, 'req:', 60_000);
      const next = redisRequestLog(other, 'req:', 60_000);
      let runs = 0;
      const work = async () => {
        runs++;
        return { ok: true, seq: runs };
      };
      const [first, retry] = await Promise.all([owner.once('r1', work), owner.once('r1', work)]);
      expect(first).toEqual({ ok: true, seq: 1 });
      expect(retry).toEqual(first);
      // The owner died; its successor gets the retry and answers what was decided.
      expect(await next.once('r1', work)).toEqual({ ok: true, seq: 1 });
      expect(runs).toBe(1);
      // Another id is other work.
      expect(await next.once('r2', work)).toEqual({ ok: true, seq: 2 });
      expect(await redis.pttl('req:r2')).toBeGreaterThan(0);
    } finally {
      other.disconnect();
    }
  });

  it('keeps nothing for work that failed: the retry runs it', async ({ skip }) => {
    if (!redis) return skip();
    const log = redisRequestLog(redis, 'req:', 60_000);
    await expect(log.once('r3', () => Promise.reject(new Error('store away')))).rejects.toThrow('store away');
    expect(await log.once('r3', async () => 'done')).toBe('done');
  });
});
