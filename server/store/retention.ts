// Retention of what the public can make the server write: chat lines (plaza and session chats) and
// session event logs. Contract: every `everyMs` (and once at start) deletes chat older than
// chatDays (and city visits — who a plaza session was, for moderators — as old), the plaza's lines
// beyond its newest plazaKeepLines, and session events older than
// eventDays that a stored snapshot covers (sessionSnapshots.ts); stored session records, snapshots
// and the audit log are never pruned here. Each process may run it; deleting twice is harmless.
// Runs on the server.
import { log } from '../log.ts';
import type { Store } from './store.ts';

export type RetentionRules = {
  chatDays: number;
  plazaKeepLines: number;
  eventDays: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the rules are applied: hourly. */
export const RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Applies the rules once at `nowMs`; what was deleted. */
export async function applyRetention(
  store: Pick<Store, 'pruneChat' | 'sessions' | 'moderation'>,
  rules: RetentionRules,
  nowMs: number,
): Promise<{ chatLines: number; events: number; visits: number }> {
  const chatBeforeMs = nowMs - rules.chatDays * DAY_MS;
  const chatLines = await store.pruneChat({ beforeMs: chatBeforeMs, plazaKeep: rules.plazaKeepLines });
  const events = await store.sessions.pruneEvents(nowMs - rules.eventDays * DAY_MS);
  const visits = await store.moderation.pruneVisits(chatBeforeMs);
  return { chatLines, events, visits };
}

/** Runs the rules now and every `everyMs`; the returned function stops it and waits for a run in flight. */
export function startRetention(
  store: Pick<Store, 'pruneChat' | 'sessions' | 'moderation'>,
  rules: RetentionRules,
  now: () => number,
  everyMs = RETENTION_EVERY_MS,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      try {
        const deleted = await applyRetention(store, rules, now());
        if (deleted.chatLines + deleted.events + deleted.visits > 0) log.info('retention', deleted);
      } catch (error) {
        log.error('retention-failed', { error });
      }
    });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
