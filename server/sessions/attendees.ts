// Attendees of a session hub: their public handles, and per-attendee bounds on the events the hub
// writes for them, kept by attendee key so neither a
// second shard nor a rejoin resets them: hand toggles (HAND_LIMIT, shared/protocol.ts) and name
// changes on rejoin (one per RENAME_EVERY_MS; in between the known name is kept). With the per-source
// join limits (server/rooms/sourceLimits.ts) this bounds the hub's writes per attendee. Maps hold one
// entry per attendee who toggled or renamed (at most the session's attendees). Runs on the server.
import { randomBytes } from 'node:crypto';
import { HAND_LIMIT } from '../../shared/protocol.ts';
import { type Bucket, fullBucket, take } from '../../shared/rateLimit.ts';

export const RENAME_EVERY_MS = 60_000;

const HANDLE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HANDLE_CHARS = 10;

/** A new public handle (10 characters a–z0–9); the hub retries on the rare clash. */
export function randomHandle(): string {
  return Array.from(randomBytes(HANDLE_CHARS), (b) => HANDLE_ALPHABET[b % HANDLE_ALPHABET.length]).join('');
}

export class AttendeeLimits {
  private readonly hands = new Map<string, Bucket>();
  private readonly renamedAt = new Map<string, number>();

  /** Takes a hand-toggle token of `key`; false when they are out of tokens. */
  hand(key: string, nowMs: number): boolean {
    const t = take(this.hands.get(key) ?? fullBucket(HAND_LIMIT, nowMs), HAND_LIMIT, nowMs);
    this.hands.set(key, t.bucket);
    return t.ok;
  }

  /** Whether `key` may change name now (and if so, counts it). */
  rename(key: string, nowMs: number): boolean {
    const last = this.renamedAt.get(key);
    if (last !== undefined && nowMs - last < RENAME_EVERY_MS) return false;
    this.renamedAt.set(key, nowMs);
    return true;
  }
}
