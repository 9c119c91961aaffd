import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisLeases } from './lease.ts';
import { testRedis } from './testRedis.ts';

// Database 10 of the test Redis is this file's.
let redis: Redis | null;
beforeAll(async () => {
  redis = await testRedis(10);
});
afterAll(() => redis?.disconnect());

/** Waits until Redis itself has expired `key` (no timing assertion: polls Redis's own clock). */
async function expired(r: Redis, key: string): Promise<void> {
  while ((await r.pttl(key)) > 0) await new Promise((done) => setTimeout(done, 20));
}

describe('leases in Redis', () => {
  it('two contenders: one holds, the other is refused and cannot renew or release it', async ({ skip }) => {
    if (!redis) return skip();
    const other = redis.duplicate();
    try {
      const a = redisLeases(redis, 'lease:', 'p1', 60_000);
      const b = redisLeases(other, 'lease:', 'p2', 60_000);
      const won = await Promise.all([a.acquire('s1'), b.acquire('s1')]);
      expect(won.filter(Boolean)).toHaveLength(1);
      const [winner, loser] = won[0] ? [a, b] : [b, a];
      expect(await a.holderOf('s1')).toBe(winner.holder);
      expect(await loser.renew('s1')).toBe(false);
      await loser.release('s1');
      expect(await b.holderOf('s1')).toBe(winner.holder);
      // The holder asking again keeps it; after a clean release the other takes it at once.
      expect(await winner.acquire('s1')).toBe(true);
      await winner.release('s1');
      expect(await winner.holderOf('s1')).toBeNull();
      expect(await loser.acquire('s1')).toBe(true);
      expect(await a.holderOf('s1')).toBe(loser.holder);
    } finally {
      other.disconnect();
    }
  });

  it('a holder that stops renewing loses the lease when it expires; the other takes it', async ({ skip }) => {
    if (!redis) return skip();
    const a = redisLeases(redis, 'lease:', 'p1', 200);
    const b = redisLeases(redis, 'lease:', 'p2', 200);
    expect(await a.acquire('s2')).toBe(true);
    expect(await b.acquire('s2')).toBe(false);
    await expired(redis, 'lease:s2');
    expect(await a.holderOf('s2')).toBeNull();
    expect(await b.acquire('s2')).toBe(true);
    // The old holder, back, can neither renew nor release what is no longer its.
    expect(await a.renew('s2')).toBe(false);
    await a.release('s2');
    expect(await a.holderOf('s2')).toBe('p2');
  });

  it('renewal extends the lease to its full time again', async ({ skip }) => {
    if (!redis) return skip();
    const a = redisLeases(redis, 'lease:', 'p1', 60_000);
    expect(await a.acquire('s3')).toBe(true);
    await redis.pexpire('lease:s3', 50);
    expect(await a.renew('s3')).toBe(true);
    const ttl = await redis.pttl('lease:s3');
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await redis.get('lease:s3')).toBe('p1');
  });
});
