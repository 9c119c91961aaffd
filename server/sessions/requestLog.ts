// Forwarded hub requests made idempotent: a shard that forwards a stage action or a chat line to the
// session's owner gives it a request id and retries with the same id until it hears back (the owner
// may have died; the next owner gets the retry). Contract: `once(id, work)` runs `work` at most once
// per id while the id is remembered — a retry still in flight here joins the first run; a retry after
// it finished (here or on a process that died since) gets the stored answer from Redis, kept for
// `ttlMs`. The answer is stored right after the work returns; for an owner killed in the instant between
// its store append and that write, a stage action's event carries the request id in the store, so the
// next owner answers the retry with it (SessionHub.dispatch). Runs on the server.
import type { Redis } from 'ioredis';

export type RequestLog = { once<T>(id: string, work: () => Promise<T>): Promise<T> };

export function redisRequestLog(redis: Redis, prefix: string, ttlMs: number): RequestLog {
  const running = new Map<string, Promise<unknown>>();
  return {
    once<T>(id: string, work: () => Promise<T>): Promise<T> {
      const inFlight = running.get(id);
      if (inFlight) return inFlight as Promise<T>;
      const run = (async () => {
        const stored = await redis.get(prefix + id);
        if (stored !== null) return JSON.parse(stored) as T;
        const answer = await work();
        await redis.set(prefix + id, JSON.stringify(answer), 'PX', ttlMs);
        return answer;
      })().finally(() => running.delete(id));
      running.set(id, run);
      return run;
    },
  };
}
