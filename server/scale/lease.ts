// Leases in Redis: a key names the one holder of something (the process that owns a session's hub,
// server/sessions/hubs.ts) for `ttlMs`. Contract: `acquire` is SET NX PX (or a renewal when this
// holder has it already); `renew` and `release` touch the key only while it still names this holder
// (one Lua script each, so a lease that expired and was taken by another is never extended or
// deleted by the old holder); a holder that dies stops renewing, and the key expires after `ttlMs`.
// Runs on the server.
import type { Redis } from 'ioredis';

export type Leases = {
  /** This holder's name in every lease it takes. */
  readonly holder: string;
  readonly ttlMs: number;
  /** Takes `key` when free, or renews it when this holder has it; whether it is this holder's now. */
  acquire(key: string): Promise<boolean>;
  /** Extends `key` by `ttlMs` when this holder has it; false when it was lost. */
  renew(key: string): Promise<boolean>;
  /** Gives `key` up when this holder has it. */
  release(key: string): Promise<void>;
  /** Who holds `key` now (null: nobody). */
  holderOf(key: string): Promise<string | null>;
};

// KEYS[1] lease; ARGV holder, ttl ms. 1 when extended.
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
// KEYS[1] lease; ARGV holder. 1 when deleted.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Leases under `prefix` (e.g. 'makaverse:lease:') held as `holder`, each for `ttlMs` unless renewed. */
export function redisLeases(redis: Redis, prefix: string, holder: string, ttlMs: number): Leases {
  const renew = async (key: string) => (await redis.eval(RENEW_SCRIPT, 1, prefix + key, holder, ttlMs)) === 1;
  return {
    holder,
    ttlMs,
    async acquire(key) {
      if ((await redis.set(prefix + key, holder, 'PX', ttlMs, 'NX')) === 'OK') return true;
      return renew(key);
    },
    renew,
    async release(key) {
      await redis.eval(RELEASE_SCRIPT, 1, prefix + key, holder);
    },
    holderOf: (key) => redis.get(prefix + key),
  };
}
