// Whether an attendee may send a chat line in a session right now: a muted attendee never; chat off,
// mute-all and slow mode hold for residents only (hosts, moderators and admins are exempt). Slow
// mode allows one line per `slowS` seconds per attendee, counted across shards. ChatGate adds
// CHAT_LIMIT per attendee over all their connections, whichever process each is on. Runs on the server.
import { CHAT_LIMIT, type SessionNotice } from '../../shared/protocol.ts';
import { type Bucket, fullBucket, take } from '../../shared/rateLimit.ts';
import type { ActorRef, SessionModel, SessionRole } from '../../shared/session/model.ts';

/** Chat buckets kept before the map is cleared (a clear only hands everyone a full bucket again). */
const MAX_CHAT_BUCKETS = 10_000;

/** The hub's chat gate: the session's rules (chatRefusal), then the attendee's CHAT_LIMIT bucket. */
export class ChatGate {
  /** Attendee key → time of their last line (slow mode). */
  private readonly lastLine = new Map<string, number>();
  private readonly buckets = new Map<string, Bucket>();

  /** Why `ref` may not send a line at `nowMs` (the line's time; `atMs` the clock's), or null: counted. */
  take(model: SessionModel, ref: ActorRef, nowMs: number, atMs: number): SessionNotice | null {
    const refusal = chatRefusal(model, ref.key, ref.role, this.lastLine.get(ref.key), nowMs);
    if (refusal) return refusal;
    const taken = take(this.buckets.get(ref.key) ?? fullBucket(CHAT_LIMIT, atMs), CHAT_LIMIT, atMs);
    if (this.buckets.size > MAX_CHAT_BUCKETS) this.buckets.clear();
    this.buckets.set(ref.key, taken.bucket);
    if (!taken.ok) return 'chat-rate';
    this.lastLine.set(ref.key, nowMs);
    return null;
  }
}

export function chatRefusal(
  model: SessionModel,
  key: string,
  role: SessionRole,
  lastLineAtMs: number | undefined,
  nowMs: number,
): Extract<SessionNotice, 'chat-off' | 'chat-muted' | 'chat-slow'> | null {
  if (model.muted[key]) return 'chat-muted';
  if (role !== 'resident') return null;
  if (model.chat.off) return 'chat-off';
  if (model.chat.mutedAll) return 'chat-muted';
  const slowMs = model.chat.slowS * 1000;
  if (slowMs > 0 && lastLineAtMs !== undefined && nowMs - lastLineAtMs < slowMs) return 'chat-slow';
  return null;
}
