// Counts password attempts per key (a client address, or an address + username pair) and slows each
// key down exponentially once it has used its free attempts. Attempts are counted BEFORE the password
// is checked (atomically for all keys of one attempt), so a burst of concurrent guesses gets no more
// checks than a sequence would; an attempt that succeeds is refunded. Behind a small async interface
// so a shared implementation (e.g. Redis, for several processes) can replace the in-memory one.
// Runs on the server.

/** How one kind of key is slowed down. */
export type Backoff = {
  /** Failures let through without waiting. */
  free: number;
  /** Wait after the first failure past `free`, ms; doubles with each further failure. */
  baseMs: number;
  /** Longest wait, ms. */
  maxMs: number;
  /** A key with no attempt for this long starts afresh, ms. */
  forgetMs: number;
};

export type Acquired = { ok: true; counts: number[] } | { ok: false; retryInMs: number };

export type AttemptCounter = {
  /**
   * Atomically for all `keys`: when each may try at `nowMs`, counts one attempt on each and returns
   * their new counts (in order); otherwise counts nothing and says how long until all may try.
   */
  acquire(keys: ReadonlyArray<{ key: string; backoff: Backoff }>, nowMs: number): Promise<Acquired>;
  /** Takes back one attempt of `key` (it succeeded). */
  refund(key: string): Promise<void>;
  /** Forgets `key` entirely. */
  clear(key: string): Promise<void>;
};

/** Wait before the next attempt of a key with `count` counted attempts, ms. */
export function waitMs(count: number, b: Backoff): number {
  return count < b.free ? 0 : Math.min(b.baseMs * 2 ** Math.min(count - b.free, 30), b.maxMs);
}

type Entry = { count: number; lastAt: number; forgetMs: number };

/**
 * In-memory AttemptCounter for one process. At most `maxKeys` keys: past it, forgotten keys are
 * dropped first, then the oldest.
 */
export function memoryAttemptCounter(maxKeys = 100_000): AttemptCounter {
  const entries = new Map<string, Entry>();
  const live = (key: string, nowMs: number) => {
    const e = entries.get(key);
    return e && nowMs - e.lastAt < e.forgetMs ? e : undefined;
  };
  const prune = (nowMs: number) => {
    for (const [key, e] of entries) if (nowMs - e.lastAt >= e.forgetMs) entries.delete(key);
    for (const key of entries.keys()) {
      if (entries.size <= maxKeys / 2) break;
      entries.delete(key);
    }
  };
  return {
    async acquire(keys, nowMs) {
      let until = nowMs;
      for (const { key, backoff } of keys) {
        const e = live(key, nowMs);
        if (e) until = Math.max(until, e.lastAt + waitMs(e.count, backoff));
      }
      if (until > nowMs) return { ok: false, retryInMs: until - nowMs };
      if (entries.size >= maxKeys) prune(nowMs);
      const counts = keys.map(({ key, backoff }) => {
        const count = (live(key, nowMs)?.count ?? 0) + 1;
        // Re-inserted so the map stays in order of last use.
        entries.delete(key);
        entries.set(key, { count, lastAt: nowMs, forgetMs: backoff.forgetMs });
        return count;
      });
      return { ok: true, counts };
    },
    async refund(key) {
      const e = entries.get(key);
      if (e) e.count = Math.max(0, e.count - 1);
    },
    async clear(key) {
      entries.delete(key);
    },
  };
}
