import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from '../testing.ts';
import {
  memorySourceCounts,
  type RedisCountOptions,
  redisSourceCounts,
  type SourceCounts,
} from './sourceCounts.ts';
import { testRedis } from './testRedis.ts';

// Database 7 of the test Redis is this file's.
let redis: Redis | null;
beforeAll(async () => {
  redis = await testRedis(7);
});
afterAll(() => redis?.disconnect());

const SOURCE = '10.0.0.7';
const PREFIX = 'source:';

describe('source counts in memory', () => {
  it('counts open sockets until released (once) and reservations until used or expired', async () => {
    const c = memorySourceCounts(1000);
    const releases = [c.open(SOURCE), c.open(SOURCE), c.open('other')];
    c.reserve(SOURCE, 'a', 0);
    c.reserve(SOURCE, 'b', 0);
    expect(await c.count(SOURCE, 0)).toEqual({ open: 2, reserved: 2 });
    releases[0]?.();
    releases[0]?.();
    c.used(SOURCE, 'a');
    expect(await c.count(SOURCE, 500)).toEqual({ open: 1, reserved: 1 });
    expect(await c.count(SOURCE, 1000)).toEqual({ open: 1, reserved: 0 });
    expect(await c.count('other', 0)).toEqual({ open: 1, reserved: 0 });
  });
});

describe('source counts in Redis', () => {
  const made: Array<{ conn: Redis; counts: SourceCounts }> = [];
  const failures: unknown[] = [];
  /** A process: its own connection (as cluster.ts opens it) and holder name. */
  const process = async (holder: string, o: Partial<RedisCountOptions> = {}) => {
    const conn = (redis as Redis).duplicate({ enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    conn.on('error', () => {});
    await conn.connect();
    const counts = redisSourceCounts(conn, PREFIX, holder, {
      ttlMs: 15_000,
      timeoutMs: 200,
      onFailure: (e) => failures.push(e),
      ...o,
    });
    made.push({ conn, counts });
    return counts;
  };
  /** Waits until every process's writes so far reached Redis (each connection answers in order). */
  const landed = () => Promise.all(made.map((m) => m.conn.ping().catch(() => {})));
  afterAll(async () => {
    for (const m of made) {
      await m.counts.close();
      m.conn.disconnect();
    }
  });

  it('adds up one source over three processes; a release anywhere counts everywhere', async ({ skip }) => {
    if (!redis) return skip();
    await redis.flushdb();
    const ps = await Promise.all(['p1#a', 'p2#b', 'p3#c'].map((h) => process(h)));
    const released = ps.map((p) => [p.open(SOURCE), p.open(SOURCE)]);
    ps[0]?.open('10.0.0.8');
    await landed();
    for (const p of ps) expect(await p.count(SOURCE, Date.now())).toEqual({ open: 6, reserved: 0 });
    released[1]?.[0]?.();
    released[1]?.[0]?.();
    released[2]?.[1]?.();
    await landed();
    expect(await ps[0]?.count(SOURCE, Date.now())).toEqual({ open: 4, reserved: 0 });
    expect(await ps[0]?.count('10.0.0.8', Date.now())).toEqual({ open: 1, reserved: 0 });
    // A seat reserved on one process and used on another is no longer held anywhere.
    ps[0]?.reserve(SOURCE, 'seat-1', Date.now());
    ps[0]?.reserve(SOURCE, 'seat-2', Date.now());
    await landed();
    expect((await ps[2]?.count(SOURCE, Date.now()))?.reserved).toBe(2);
    ps[1]?.used(SOURCE, 'seat-1');
    await landed();
    expect((await ps[2]?.count(SOURCE, Date.now()))?.reserved).toBe(1);
    expect(failures).toEqual([]);
  });

  it('forgets the sockets of a process that died once its heartbeat lapsed, and expired seats', async ({
    skip,
  }) => {
    if (!redis) return skip();
    await redis.flushdb();
    const alive = await process('alive#1', { ttlMs: 600, reservationMs: 300 });
    const dying = await process('dying#2', { ttlMs: 600 });
    alive.open(SOURCE);
    dying.open(SOURCE);
    dying.open(SOURCE);
    alive.reserve(SOURCE, 'seat', Date.now());
    await landed();
    expect(await alive.count(SOURCE, Date.now())).toEqual({ open: 3, reserved: 1 });
    // kill -9: its connection drops without a word, nothing is released.
    made.find((m) => m.counts === dying)?.conn.disconnect();
    await sleep(900);
    expect(await alive.count(SOURCE, Date.now())).toEqual({ open: 1, reserved: 0 });
    // The survivor's own count outlives many of its TTLs: the heartbeat keeps it.
    expect(await redis.exists(`${PREFIX}open:dying#2`)).toBe(0);
    expect(await redis.hget(`${PREFIX}open:alive#1`, SOURCE)).toBe('1');
    await dying.close();
  });

  it('answers its own counts at once when Redis is away or does not answer in time', async ({ skip }) => {
    if (!redis) return skip();
    await redis.flushdb();
    const SOURCE = '10.0.0.9';
    const other = await process('other#1');
    other.open(SOURCE);
    const slow = await process('slow#2', { timeoutMs: 100 });
    slow.open(SOURCE);
    await landed();
    expect((await slow.count(SOURCE, Date.now())).open).toBe(2);
    failures.length = 0;
    // Redis stalls for a second: the count gives up after its timeout with this process's own.
    await redis.call('CLIENT', 'PAUSE', '1000', 'ALL');
    const startedMs = Date.now();
    expect(await slow.count(SOURCE, Date.now())).toEqual({ open: 1, reserved: 0 });
    expect(Date.now() - startedMs).toBeLessThan(500);
    expect(failures.map(String)).toEqual(['Error: source count not answered within 100 ms']);
    await sleep(1000);
    // Redis gone: the same, without waiting.
    made.find((m) => m.counts === slow)?.conn.disconnect();
    await sleep(50);
    const goneMs = Date.now();
    expect(await slow.count(SOURCE, Date.now())).toEqual({ open: 1, reserved: 0 });
    expect(Date.now() - goneMs).toBeLessThan(100);
    expect(failures.length).toBeGreaterThan(1);
  });
});
