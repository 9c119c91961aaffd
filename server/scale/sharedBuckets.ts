// Token buckets by key (shared/rateLimit.ts's rule) that every process of a deployment draws from:
// in memory for one process, in Redis when several share it, so a client spreading its requests over
// processes gets no more than from one. Contract: `take` is atomic per key (Redis: one Lua script,
// times from the Redis server's clock); a key idle long enough to refill is forgotten. Runs on the
// server.
import type { Redis } from 'ioredis';
import { type Bucket, type BucketLimit, fullBucket, take } from '../../shared/rateLimit.ts';

export type Taken = { ok: boolean; retryInMs: number };

export type SharedBuckets = {
  /** Takes one token from `key`'s bucket (created full); `nowMs` is used by the in-memory kind only. */
  take(key: string, limit: BucketLimit, nowMs: number): Promise<Taken>;
  /** Whether `take` would succeed now, taking nothing (a limit that only failures pay into). */
  peek(key: string, limit: BucketLimit, nowMs: number): Promise<Taken>;
};

/** Buckets kept in memory before the refilled ones are swept (keys come and go). */
const SWEEP_AT_KEYS = 10_000;

export function memoryBuckets(): SharedBuckets {
  const buckets = new Map<string, Bucket>();
  const sweep = (limit: BucketLimit, nowMs: number) => {
    for (const [key, b] of buckets) {
      if (b.tokens + ((nowMs - b.atMs) / 1000) * limit.refillPerSec >= limit.capacity) buckets.delete(key);
    }
    if (buckets.size > SWEEP_AT_KEYS) buckets.clear();
  };
  return {
    async take(key, limit, nowMs) {
      if (buckets.size > SWEEP_AT_KEYS) sweep(limit, nowMs);
      const t = take(buckets.get(key) ?? fullBucket(limit, nowMs), limit, nowMs);
      buckets.set(key, t.bucket);
      return { ok: t.ok, retryInMs: t.retryInMs };
    },
    async peek(key, limit, nowMs) {
      const t = take(buckets.get(key) ?? fullBucket(limit, nowMs), limit, nowMs);
      return { ok: t.ok, retryInMs: t.retryInMs };
    },
  };
}

// KEYS[1] bucket; ARGV capacity, refill per second, tokens to take (1, or 0 to only look). Returns
// {ok 0|1, retry ms}. The key expires once it would be full again, so idle keys cost nothing.
const TAKE_SCRIPT = `
local cap = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 't', 'a')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
if tokens == nil or at == nil then tokens = cap; at = now end
tokens = math.min(cap, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - cost
  ok = 1
else
  retry = math.ceil((1 - tokens) / rate * 1000)
end
if cost == 0 then return {ok, retry} end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((cap - tokens) / rate * 1000) + 1000)
return {ok, retry}
`;

/** Buckets in Redis under `prefix` (e.g. 'makaverse:bucket:'). */
export function redisBuckets(redis: Redis, prefix: string): SharedBuckets {
  const run = async (key: string, limit: BucketLimit, cost: 0 | 1): Promise<Taken> => {
    const [ok, retryInMs] = (await redis.eval(
      TAKE_SCRIPT,
      1,
      prefix + key,
      limit.capacity,
      limit.refillPerSec,
      cost,
    )) as [number, number];
    return { ok: ok === 1, retryInMs };
  };
  return {
    take: (key, limit) => run(key, limit, 1),
    peek: (key, limit) => run(key, limit, 0),
  };
}
