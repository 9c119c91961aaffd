// What makes several processes one deployment. Without REDIS_URL: nothing shared — Colyseus's local
// presence and driver, in-memory buckets, attempt counter and live bus (one process, as always).
// With REDIS_URL: Colyseus's own Redis presence and matchmaking driver, this process's public
// address (seat reservations send clients to the process that holds their room, through the proxy,
// see ops/nginx/), the leases and request calls by which a session's shards on any process reach
// its one hub (server/sessions/clusterHubs.ts), and the shared counters (buckets, sign-in attempts,
// open sockets per source) and live bus in Redis. Should Redis fail a counter call, the process falls
// back to its own counters (each process then limits on its own) rather than refusing everyone.
// Runs on the server.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { MatchMakerDriver, Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';
import { type AttemptCounter, memoryAttemptCounter } from '../auth/attemptCounter.ts';
import { redisAttemptCounter } from '../auth/redisAttemptCounter.ts';
import type { Config } from '../config.ts';
import { createLiveBus, type LiveBus, presenceLiveBus } from '../live/liveBus.ts';
import { log } from '../log.ts';
import { LEASE_TTL_MS } from '../sessions/clusterHubs.ts';
import type { RequestLog } from '../sessions/requestLog.ts';
import { redisRequestLog } from '../sessions/requestLog.ts';
import { type Leases, redisLeases } from './lease.ts';
import { type Calls, presenceCalls } from './presenceCalls.ts';
import { memoryBuckets, redisBuckets, type SharedBuckets } from './sharedBuckets.ts';
import { memorySourceCounts, redisSourceCounts, type SourceCounts } from './sourceCounts.ts';

export type RedisStatus = 'ok' | 'down' | 'off';

export type Cluster = {
  /** How this process is named in health and metrics. */
  processName: string;
  /** For defineServer; all undefined for one process (Colyseus's local defaults). */
  colyseus: {
    presence?: Presence;
    driver?: MatchMakerDriver;
    publicAddress?: string;
  };
  /** Session hub ownership across processes (server/sessions/clusterHubs.ts); undefined for one process. */
  hubLinks?: { leases: Leases; calls: Calls; requests: RequestLog };
  buckets: SharedBuckets;
  /** Open sockets and seat reservations per source (server/rooms/sourceLimits.ts). */
  sockets: SourceCounts;
  attempts: AttemptCounter;
  live: LiveBus;
  /** Whether Redis answers a PING within a second; 'off' without REDIS_URL. */
  redisStatus(): Promise<RedisStatus>;
  /** Closes what Colyseus does not (its presence and driver close with the server). */
  close(): Promise<void>;
};

/** Key prefix of everything Makaverse itself keeps in Redis (Colyseus uses its own keys). */
const KEY_PREFIX = 'makaverse:';
const PING_TIMEOUT_MS = 1000;
/** How long a forwarded request's answer is kept for its retries (well past any retry). */
const REQUEST_KEPT_MS = 120_000;
/** A dead process's open sockets stop counting after this long (its heartbeat beats every third). */
const SOCKETS_TTL_MS = 15_000;
/** A WebSocket upgrade waits at most this long for the shared count before using its own. */
const SOCKETS_COUNT_TIMEOUT_MS = 200;

export async function openCluster(scale: Config['scale'], port: number): Promise<Cluster> {
  const processName = scale.processName ?? `${hostname()}:${port}`;
  if (!scale.redisUrl) {
    return {
      processName,
      colyseus: {},
      buckets: memoryBuckets(),
      sockets: memorySourceCounts(),
      attempts: memoryAttemptCounter(),
      live: createLiveBus(),
      redisStatus: async () => 'off',
      close: async () => {},
    };
  }
  const url = scale.redisUrl;
  // Counter calls fail fast when Redis is away (the fallback takes over) instead of queueing.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  redis.on('error', (error: unknown) => log.warn('redis-error', { error }));
  await redis.connect();
  const presence = new RedisPresence(url);
  const driver = new RedisDriver(url);
  const live = presenceLiveBus(presence);
  await live.ready;
  // A holder name no restarted process shares, so a lease is never taken over by a namesake.
  const holder = `${processName}#${randomUUID().slice(0, 8)}`;
  const calls = presenceCalls(presence, holder);
  const sockets = redisSourceCounts(redis, `${KEY_PREFIX}source:`, holder, {
    ttlMs: SOCKETS_TTL_MS,
    timeoutMs: SOCKETS_COUNT_TIMEOUT_MS,
    onFailure: fallbackLogger('sockets'),
  });
  log.info('cluster', { process: processName, publicAddress: scale.publicAddress ?? null });
  return {
    processName,
    colyseus: {
      presence,
      driver,
      ...(scale.publicAddress ? { publicAddress: scale.publicAddress } : {}),
    },
    hubLinks: {
      leases: redisLeases(redis, `${KEY_PREFIX}lease:session:`, holder, LEASE_TTL_MS),
      calls,
      requests: redisRequestLog(redis, `${KEY_PREFIX}request:`, REQUEST_KEPT_MS),
    },
    buckets: withFallback(redisBuckets(redis, `${KEY_PREFIX}bucket:`), memoryBuckets()),
    sockets,
    attempts: attemptsWithFallback(redisAttemptCounter(redis, `${KEY_PREFIX}attempt:`)),
    live,
    async redisStatus() {
      const timeout = new Promise<'down'>((done) => setTimeout(() => done('down'), PING_TIMEOUT_MS).unref());
      const ping = redis.ping().then(
        (r) => (r === 'PONG' ? 'ok' : 'down') as RedisStatus,
        () => 'down' as const,
      );
      return Promise.race([ping, timeout]);
    },
    async close() {
      calls.close();
      live.close();
      await sockets.close();
      redis.disconnect();
    },
  };
}

/** Logs a failed shared-counter call at most once a minute. */
function fallbackLogger(what: string): (error: unknown) => void {
  let lastMs = 0;
  return (error) => {
    const nowMs = Date.now();
    if (nowMs - lastMs < 60_000) return;
    lastMs = nowMs;
    log.error('shared-counter-failed', { what, error });
  };
}

function withFallback(shared: SharedBuckets, local: SharedBuckets): SharedBuckets {
  const failed = fallbackLogger('buckets');
  const guard =
    (f: (b: SharedBuckets) => SharedBuckets['take']): SharedBuckets['take'] =>
    (key, limit, nowMs) =>
      f(shared)(key, limit, nowMs).catch((error: unknown) => {
        failed(error);
        return f(local)(key, limit, nowMs);
      });
  return { take: guard((b) => b.take), peek: guard((b) => b.peek) };
}

function attemptsWithFallback(shared: AttemptCounter): AttemptCounter {
  const local = memoryAttemptCounter();
  const failed = fallbackLogger('attempts');
  const guard =
    <A extends unknown[], R>(f: (s: AttemptCounter) => (...a: A) => Promise<R>) =>
    (...a: A) =>
      f(shared)(...a).catch((error: unknown) => {
        failed(error);
        return f(local)(...a);
      });
  return {
    acquire: guard((c) => c.acquire),
    refund: guard((c) => c.refund),
    clear: guard((c) => c.clear),
  };
}
