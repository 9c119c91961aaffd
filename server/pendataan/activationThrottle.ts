// Brute-force guard for activation codes (40 bits each): attempts are counted per client address
// before the code is checked, so concurrent guesses get no more checks than a sequence would; a code
// that works is refunded. Past ACTIVATION_BACKOFF.free failures an address waits, doubling per failure
// up to an hour. Runs on the server.
import { type AttemptCounter, type Backoff, memoryAttemptCounter } from '../auth/attemptCounter.ts';

/** Per client address: 10 tries free (typos on a phone keyboard), then 1 min, 2 min … at most 1 h. */
export const ACTIVATION_BACKOFF: Backoff = {
  free: 10,
  baseMs: 60_000,
  maxMs: 3_600_000,
  forgetMs: 3_600_000,
};

export type ActivationThrottle = {
  /** Counts an attempt from `source`: ok with the attempt number, or how long it must wait. */
  attempt(
    source: string,
    nowMs: number,
  ): Promise<{ ok: true; attempt: number } | { ok: false; retryInMs: number }>;
  /** The attempt succeeded: it does not count. */
  succeeded(source: string): Promise<void>;
};

export function activationThrottle(
  counter: AttemptCounter = memoryAttemptCounter(20_000),
): ActivationThrottle {
  const key = (source: string) => `pendataan-activate:${source}`;
  return {
    async attempt(source, nowMs) {
      const got = await counter.acquire([{ key: key(source), backoff: ACTIVATION_BACKOFF }], nowMs);
      return got.ok ? { ok: true, attempt: got.counts[0] ?? 1 } : got;
    },
    succeeded: (source) => counter.refund(key(source)),
  };
}
