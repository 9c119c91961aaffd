// The AttemptCounter (attemptCounter.ts) kept in Redis, so every process of a deployment counts a
// password guesser's attempts together. Same contract as the in-memory counter: `acquire` counts all
// keys of one attempt atomically (one Lua script) or none; a key with no attempt for its `forgetMs`
// starts afresh (the Redis key expires). Times are the callers' epoch ms. Runs on the server.
import type { Redis } from 'ioredis';
import type { AttemptCounter } from './attemptCounter.ts';

// KEYS: the counters; ARGV: now, then per key free, baseMs, maxMs, forgetMs.
// Returns {1, count1, count2, …} or {0, retryInMs}. Mirrors waitMs() in attemptCounter.ts.
const ACQUIRE_SCRIPT = `
local now = tonumber(ARGV[1])
local until_ms = now
local live = {}
for i, key in ipairs(KEYS) do
  local o = 1 + (i - 1) * 4
  local free, base, max, forget = tonumber(ARGV[o + 1]), tonumber(ARGV[o + 2]), tonumber(ARGV[o + 3]), tonumber(ARGV[o + 4])
  local e = redis.call('HMGET', key, 'c', 'l')
  local count, last = tonumber(e[1]), tonumber(e[2])
  if count ~= nil and last ~= nil and now - last < forget then
    live[i] = count
    local wait = 0
    if count >= free then wait = math.min(base * 2 ^ math.min(count - free, 30), max) end
    until_ms = math.max(until_ms, last + wait)
  else
    live[i] = 0
  end
end
if until_ms > now then return {0, until_ms - now} end
local result = {1}
for i, key in ipairs(KEYS) do
  local forget = tonumber(ARGV[1 + (i - 1) * 4 + 4])
  local count = live[i] + 1
  redis.call('HSET', key, 'c', count, 'l', now)
  redis.call('PEXPIRE', key, forget)
  result[#result + 1] = count
end
return result
`;

const REFUND_SCRIPT = `
local c = tonumber(redis.call('HGET', KEYS[1], 'c'))
if c ~= nil and c > 0 then redis.call('HSET', KEYS[1], 'c', c - 1) end
return 0
`;

/** Counters in Redis under `prefix` (e.g. 'makaverse:attempt:'). */
export function redisAttemptCounter(redis: Redis, prefix: string): AttemptCounter {
  return {
    async acquire(keys, nowMs) {
      const args = keys.flatMap(({ backoff: b }) => [b.free, b.baseMs, b.maxMs, b.forgetMs]);
      const reply = (await redis.eval(
        ACQUIRE_SCRIPT,
        keys.length,
        ...keys.map((k) => prefix + k.key),
        Math.floor(nowMs),
        ...args,
      )) as number[];
      const [ok, ...rest] = reply;
      return ok === 1 ? { ok: true, counts: rest } : { ok: false, retryInMs: rest[0] ?? 0 };
    },
    async refund(key) {
      await redis.eval(REFUND_SCRIPT, 1, prefix + key);
    },
    async clear(key) {
      await redis.del(prefix + key);
    },
  };
}
