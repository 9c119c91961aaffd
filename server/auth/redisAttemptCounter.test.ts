import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis } from '../scale/testRedis.ts';
import { redisAttemptCounter } from './redisAttemptCounter.ts';

// Database 11 of the test Redis is this file's.
let redis: Redis | null;
beforeAll(async () => {
  redis = await testRedis(11);
});
afterAll(() => redis?.disconnect());

describe('attempt counter in Redis (several processes count together)', () => {
  const b = { free: 2, baseMs: 1000, maxMs: 5000, forgetMs: 60_000 };

  it('counts every key of an attempt atomically, or none when any must wait', async ({ skip }) => {
    if (!redis) return skip();
    const c = redisAttemptCounter(redis, 'a:');
    const keys = [
      { key: 'ip', backoff: { ...b, free: 3 } },
      { key: 'pair', backoff: b },
    ];
    expect(await c.acquire(keys, 0)).toEqual({ ok: true, counts: [1, 1] });
    expect(await c.acquire(keys, 0)).toEqual({ ok: true, counts: [2, 2] });
    expect(await c.acquire(keys, 500)).toEqual({ ok: false, retryInMs: 500 });
    expect(await c.acquire([{ key: 'ip', backoff: { ...b, free: 3 } }], 500)).toEqual({
      ok: true,
      counts: [3],
    });
    await c.refund('ip');
    await c.clear('pair');
    expect(await c.acquire(keys, 500)).toEqual({ ok: true, counts: [3, 1] });
    // Forgotten after forgetMs without attempts.
    expect(await c.acquire(keys, 500 + 60_000)).toEqual({ ok: true, counts: [1, 1] });
  });

  it('shares the count between two processes (two counters on one Redis)', async ({ skip }) => {
    if (!redis) return skip();
    const other = redis.duplicate();
    try {
      const [p1, p2] = [redisAttemptCounter(redis, 'b:'), redisAttemptCounter(other, 'b:')];
      const key = [{ key: 'guesser', backoff: b }];
      expect(await p1.acquire(key, 0)).toEqual({ ok: true, counts: [1] });
      expect(await p2.acquire(key, 0)).toEqual({ ok: true, counts: [2] });
      // The third attempt waits base 1 s on either process.
      expect(await p1.acquire(key, 10)).toEqual({ ok: false, retryInMs: 990 });
      expect(await p2.acquire(key, 10)).toEqual({ ok: false, retryInMs: 990 });
      // Concurrent guesses get no more attempts than a sequence would.
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? p1 : p2).acquire(key, 1000)),
      );
      expect(burst.filter((r) => r.ok)).toHaveLength(1);
    } finally {
      other.disconnect();
    }
  });
});
