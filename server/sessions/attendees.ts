// Attendees of a session hub: their public handles, and per-attendee bounds on the events the hub
// writes for them. Both bounds are read from the model itself (the hand log, the attendee's nameAt),
// so neither a second shard, a rejoin nor a restarted hub resets them: hand toggles follow HAND_LIMIT
// (shared/protocol.ts), replayed over the attendee's raise/lower entries in the hand log; a name
// changes on a rejoin at most once per RENAME_EVERY_MS (in between the known name is kept). With the
// per-source join caps (server/rooms/sourceLimits.ts) this bounds what a guest makes the hub write.
// Runs on the server.
import { randomBytes } from 'node:crypto';
import { HAND_LIMIT } from '../../shared/protocol.ts';
import { type Bucket, fullBucket, take } from '../../shared/rateLimit.ts';
import type { Attendee, SessionModel } from '../../shared/session/model.ts';

export const RENAME_EVERY_MS = 60_000;

const HANDLE_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HANDLE_CHARS = 10;

/** A new public handle (10 characters a–z0–9); the hub retries on the rare clash. */
export function randomHandle(): string {
  return Array.from(randomBytes(HANDLE_CHARS), (b) => HANDLE_ALPHABET[b % HANDLE_ALPHABET.length]).join('');
}

/** Whether `handle` may raise or lower a hand at `nowMs`, given their toggles in the hand log. */
export function handAllowed(model: SessionModel, handle: string, nowMs: number): boolean {
  let bucket: Bucket | undefined;
  for (const e of model.handLog) {
    if (e.handle !== handle || (e.what !== 'raise' && e.what !== 'lower')) continue;
    bucket = take(bucket ?? fullBucket(HAND_LIMIT, e.at), HAND_LIMIT, e.at).bucket;
  }
  return take(bucket ?? fullBucket(HAND_LIMIT, nowMs), HAND_LIMIT, nowMs).ok;
}

/** Whether a known attendee may change their name at `nowMs`. */
export function renameAllowed(known: Attendee, nowMs: number): boolean {
  return known.nameAt === undefined || nowMs - known.nameAt >= RENAME_EVERY_MS;
}
