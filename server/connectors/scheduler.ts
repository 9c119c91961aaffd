// Polls every enabled connector on its own timer: fetch (fetchSource.ts) → parse and map (mapping.ts,
// bmkg.ts) → ingest through the same validation as the push API, source `connector:<id>`, not
// simulated. A failure of any kind is recorded on the connector (last_error, failures + 1) and retried
// with exponential backoff, capped; a success resets it. Nothing a source does can throw out of here.
// Connectors added, changed or disabled from the admin CLI are picked up within RESYNC_MS.
// Runs on the server.
import type { IngestDeps } from '../live/ingest.ts';
import { log } from '../log.ts';
import type { ConnectorStore } from './connectorStore.ts';
import type { FetchLimits } from './fetchSource.ts';
import { pollConnector } from './poll.ts';

export type SchedulerDeps = {
  connectors: ConnectorStore;
  /** What ingestPoints needs; its live bus also carries the weather events. */
  ingest: IngestDeps;
  limits?: FetchLimits;
  /** Longest wait after repeated failures, ms. */
  maxBackoffMs?: number;
  /** Wait before a connector's first poll is spread over [0, this), ms. */
  startSpreadMs?: number;
};

export type Scheduler = { start(): Promise<void>; stop(): Promise<void> };

export const MAX_BACKOFF_MS = 60 * 60_000;
const RESYNC_MS = 60_000;
const START_SPREAD_MS = 5000;
/** Each wait is varied by ± this fraction so connectors do not poll in lockstep. */
const JITTER = 0.1;

/** Wait before the next poll: the interval after a success, doubling per failure up to the cap. */
export function nextDelayMs(
  intervalS: number,
  failures: number,
  maxBackoffMs: number,
  random: number,
): number {
  const base = Math.min(
    intervalS * 1000 * 2 ** Math.min(failures, 30),
    Math.max(maxBackoffMs, intervalS * 1000),
  );
  return Math.round(base * (1 - JITTER + 2 * JITTER * random));
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const timers = new Map<number, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const maxBackoffMs = deps.maxBackoffMs ?? MAX_BACKOFF_MS;
  const busy = new Set<number>();
  const abort = new AbortController();
  let resync: NodeJS.Timeout | undefined;
  let stopped = false;

  const plan = (id: number, delayMs: number) => {
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => track(tick(id)), delayMs),
    );
  };

  const track = (p: Promise<void>) => {
    running.add(p);
    p.finally(() => running.delete(p));
  };

  async function tick(id: number): Promise<void> {
    timers.delete(id);
    busy.add(id);
    try {
      const c = await deps.connectors.get(id);
      if (stopped || !c?.enabled) return;
      const error = await pollConnector(c, deps, Date.now(), abort.signal);
      if (stopped) return;
      if (error === null) {
        await deps.connectors.recordSuccess(id, Date.now());
        plan(id, nextDelayMs(c.intervalS, 0, maxBackoffMs, Math.random()));
      } else {
        await deps.connectors.recordFailure(id, error);
        const retryMs = nextDelayMs(c.intervalS, c.failures + 1, maxBackoffMs, Math.random());
        log.warn('connector-failed', { connector: id, organisation: c.organisationId, error, retryMs });
        plan(id, retryMs);
      }
    } catch (error) {
      // The store itself failed (e.g. closing): try again later rather than give up on the connector.
      if (!stopped) {
        log.error('connector-tick-failed', { connector: id, error });
        plan(id, maxBackoffMs);
      }
    } finally {
      busy.delete(id);
    }
  }

  async function sync(): Promise<void> {
    const enabled = await deps.connectors.list(true);
    const spread = deps.startSpreadMs ?? START_SPREAD_MS;
    for (const c of enabled) if (!timers.has(c.id) && !busy.has(c.id)) plan(c.id, Math.random() * spread);
  }

  return {
    async start() {
      await sync();
      resync = setInterval(() => {
        sync().catch((error: unknown) => log.error('connector-sync-failed', { error }));
      }, RESYNC_MS);
      resync.unref();
      log.info('connectors-started', { connectors: timers.size });
    },
    async stop() {
      stopped = true;
      abort.abort();
      clearInterval(resync);
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
