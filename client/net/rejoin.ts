// When and how to try again after a lost connection, for the city and the hall alike (client only).
// Waits 1 s, 2 s, 4 s … doubling per failed attempt up to REJOIN_MAX_MS, then every REJOIN_MAX_MS for
// as long as the visitor stays. One schedule covers both phases of a drop: the SDK's own reconnects
// within the server's hold (same session) and, once the hold is gone, fresh joins. Each planned
// attempt publishes its time (useConnectionStore.retryAt) so the HUD can count down to it.
// A refusal (banned, ended, unknown session) is not retried: only failures that may pass (server
// restarting, network gone).
import type { Room } from '@colyseus/sdk';
import { useConnectionStore } from '../stores/useConnectionStore.ts';

export const REJOIN_FIRST_MS = 1000;
export const REJOIN_MAX_MS = 15_000;
/** SDK reconnects (same session) before falling back to fresh joins: 1+2+4+8+15 s ≈ the server's 30 s hold. */
const SDK_RECONNECTS = 5;

/** The wait before rejoin attempt number `failures` + 1 (0 = the first attempt after the drop). */
export function rejoinDelayMs(failures: number): number {
  return Math.min(REJOIN_MAX_MS, REJOIN_FIRST_MS * 2 ** Math.max(0, Math.min(failures, 16)));
}

export type RetrySchedule = {
  /** Runs `attempt` after the next backoff delay (replacing an attempt already planned). */
  later(attempt: () => void): void;
  /** Lets the room's SDK reconnects use this schedule (and its countdown) within the server's hold. */
  adopt(room: Room): void;
  /** Connected: the next drop starts again at REJOIN_FIRST_MS. */
  succeeded(): void;
  /** Left on purpose: forgets a planned attempt. */
  cancel(): void;
  /** Runs the planned attempt now ("Coba sekarang"); false when none is planned. */
  now(): boolean;
};

export function createRetrySchedule(): RetrySchedule {
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let planned: (() => void) | null = null;
  const publish = (delayMs: number | null) =>
    useConnectionStore.getState().setRetryAt(delayMs === null ? null : Date.now() + delayMs);
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    planned = null;
  };
  const next = () => {
    const delay = rejoinDelayMs(failures++);
    publish(delay);
    return delay;
  };
  return {
    later(attempt) {
      clear();
      planned = attempt;
      timer = setTimeout(() => {
        clear();
        publish(null);
        attempt();
      }, next());
    },
    adopt(room) {
      room.reconnection.maxRetries = SDK_RECONNECTS;
      room.reconnection.minDelay = 0;
      room.reconnection.maxDelay = REJOIN_MAX_MS;
      room.reconnection.backoff = () => next();
    },
    succeeded() {
      failures = 0;
      clear();
      publish(null);
    },
    cancel() {
      clear();
      publish(null);
    },
    now() {
      const attempt = planned;
      if (!attempt) return false;
      clear();
      publish(null);
      attempt();
      return true;
    },
  };
}

/**
 * True when a failed join was refused by the server (an HTTP 4xx from matchmaking, or a room's own
 * refusal), so trying again would not help; false for what may pass (no answer, 5xx, 429 busy).
 */
export function isRefusal(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code >= 400 && code < 500 && code !== 429;
}
