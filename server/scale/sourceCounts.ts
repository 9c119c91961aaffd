// Open WebSockets and unused seat reservations per source address (server/rooms/sourceLimits.ts caps
// them), counted for every process of a deployment: in memory for one process, in Redis when several
// share it (the shared counters' other half, beside sharedBuckets.ts). Contract:
// - `open` counts a socket on this process until the returned release is called (later calls do
//   nothing); `reserve` counts a seat until `used` (on any process) or `reservationMs` passed.
// - `count` says a source's open sockets and unused reservations on every process.
// - Redis: each process mirrors its own open counts into a hash of its own (`<prefix>open:<holder>`),
//   which a heartbeat every ttlMs/3 rewrites whole and keeps for ttlMs, and names itself in a sorted
//   set of live processes scored by that expiry; a process that dies stops beating, so its sockets
//   stop counting within ttlMs. Reservations are a sorted set per source, scored by expiry (Redis's
//   clock). Writes are sent, never awaited, on the one connection `count` reads on, so a count sees
//   this process's earlier changes. `count` waits at most `timeoutMs`: when Redis fails or is slow it
//   answers this process's own counts (fail open: each process then caps its own share) and reports
//   the failure. Runs on the server.
import type { Redis } from 'ioredis';

export type Held = { open: number; reserved: number };

export type SourceCounts = {
  open(source: string): () => void;
  reserve(source: string, sessionId: string, nowMs: number): void;
  used(source: string, sessionId: string): void;
  count(source: string, nowMs: number): Promise<Held>;
  /** Stops the heartbeat and takes this process's counts out of Redis (best effort). */
  close(): Promise<void>;
};

/** How long an unused seat reservation counts (Colyseus's seat reservation time, 15 s by default). */
export const RESERVATION_MS = Number(process.env.COLYSEUS_SEAT_RESERVATION_TIME || 15) * 1000;

/** This process's own counts (all there is without Redis). */
class LocalCounts {
  readonly open = new Map<string, number>();
  /** Source → (Colyseus session id → expiry, epoch ms). */
  private readonly pending = new Map<string, Map<string, number>>();
  private readonly reservationMs: number;
  constructor(reservationMs: number) {
    this.reservationMs = reservationMs;
  }

  /** Adds `delta` open sockets of `source`; its count now. */
  add(source: string, delta: number): number {
    const n = (this.open.get(source) ?? 0) + delta;
    if (n > 0) this.open.set(source, n);
    else this.open.delete(source);
    return n;
  }

  reserve(source: string, sessionId: string, nowMs: number): void {
    this.pending.set(source, this.pendingOf(source, nowMs).set(sessionId, nowMs + this.reservationMs));
  }

  used(source: string, sessionId: string): void {
    this.pending.get(source)?.delete(sessionId);
  }

  held(source: string, nowMs: number): Held {
    return { open: this.open.get(source) ?? 0, reserved: this.pendingOf(source, nowMs).size };
  }

  private pendingOf(source: string, nowMs: number): Map<string, number> {
    const mine = this.pending.get(source) ?? new Map<string, number>();
    for (const [id, until] of mine) if (until <= nowMs) mine.delete(id);
    if (mine.size === 0) this.pending.delete(source);
    return mine;
  }
}

function counting(local: LocalCounts, changed: (source: string, count: number) => void) {
  return (source: string) => {
    changed(source, local.add(source, 1));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      changed(source, local.add(source, -1));
    };
  };
}

export function memorySourceCounts(reservationMs = RESERVATION_MS): SourceCounts {
  const local = new LocalCounts(reservationMs);
  return {
    open: counting(local, () => {}),
    reserve: (source, sessionId, nowMs) => local.reserve(source, sessionId, nowMs),
    used: (source, sessionId) => local.used(source, sessionId),
    count: async (source, nowMs) => local.held(source, nowMs),
    close: async () => {},
  };
}

const NOW_MS = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
// KEYS[1] live processes, KEYS[2] this process's hash; ARGV holder, ttl ms, then source, count pairs.
const BEAT_SCRIPT = `${NOW_MS}
redis.call('DEL', KEYS[2])
for i = 3, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return 1
`;
// KEYS[1] the source's reservations; ARGV session id, reservation ms.
const RESERVE_SCRIPT = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;
// KEYS[1] live processes, KEYS[2] the source's reservations; ARGV hash prefix, source. Reads the live
// processes' hashes by name (one Redis, not a cluster). Returns {open, reserved}.
const COUNT_SCRIPT = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local open = 0
for _, p in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  open = open + (tonumber(redis.call('HGET', ARGV[1] .. p, ARGV[2])) or 0)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
return {open, redis.call('ZCARD', KEYS[2])}
`;

export type RedisCountOptions = {
  ttlMs: number;
  timeoutMs: number;
  onFailure: (error: unknown) => void;
  reservationMs?: number;
};

/** Counts under `prefix` (e.g. 'makaverse:source:'), this process named `holder` (unique per start). */
export function redisSourceCounts(
  redis: Redis,
  prefix: string,
  holder: string,
  o: RedisCountOptions,
): SourceCounts {
  const reservationMs = o.reservationMs ?? RESERVATION_MS;
  const local = new LocalCounts(reservationMs);
  const processes = `${prefix}processes`;
  const hashPrefix = `${prefix}open:`;
  const mine = hashPrefix + holder;
  const seats = (source: string) => `${prefix}seats:${source}`;
  const send = (p: Promise<unknown>) => void p.catch(o.onFailure);

  const beat = () =>
    send(redis.eval(BEAT_SCRIPT, 2, processes, mine, holder, o.ttlMs, ...[...local.open].flat()));
  beat();
  const heart = setInterval(beat, o.ttlMs / 3);
  heart.unref();

  const mirror = (source: string, n: number) => {
    const m = redis.multi();
    (n > 0 ? m.hset(mine, source, n) : m.hdel(mine, source)).pexpire(mine, o.ttlMs);
    send(m.exec());
  };

  return {
    open: counting(local, mirror),
    reserve(source, sessionId, nowMs) {
      local.reserve(source, sessionId, nowMs);
      send(redis.eval(RESERVE_SCRIPT, 1, seats(source), sessionId, reservationMs));
    },
    used(source, sessionId) {
      local.used(source, sessionId);
      send(redis.zrem(seats(source), sessionId));
    },
    async count(source, nowMs) {
      const own = local.held(source, nowMs);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<null>((done) => {
        timer = setTimeout(() => done(null), o.timeoutMs);
      });
      const shared = (
        redis.eval(COUNT_SCRIPT, 2, processes, seats(source), hashPrefix, source) as Promise<[number, number]>
      ).then(
        ([open, reserved]) => ({ open, reserved }),
        (error: unknown) => {
          o.onFailure(error);
          return own;
        },
      );
      const r = await Promise.race([shared, late]);
      clearTimeout(timer);
      if (r === null) {
        o.onFailure(new Error(`source count not answered within ${o.timeoutMs} ms`));
        return own;
      }
      // A mirror write lost while Redis was away never makes this process's own sockets vanish.
      return { open: Math.max(r.open, own.open), reserved: r.reserved };
    },
    async close() {
      clearInterval(heart);
      await redis
        .multi()
        .del(mine)
        .zrem(processes, holder)
        .exec()
        .catch(() => {});
    },
  };
}
