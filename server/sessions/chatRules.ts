// Whether an attendee may send a chat line in a session right now: a muted attendee never; chat off,
// mute-all and slow mode hold for residents only (hosts, moderators and admins are exempt). Slow
// mode allows one line per `slowS` seconds per attendee, counted across shards. Runs on the server.
import type { SessionNotice } from '../../shared/protocol.ts';
import type { SessionModel, SessionRole } from '../../shared/session/model.ts';

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
