// What a shard on another process asks of a session's hub (server/sessions/sessionLink.ts forwards,
// the owner answers here): the same calls SessionRoom makes on a local hub. Stage actions and chat
// lines, joins and leaves carry a request id and run once per id (requestLog.ts: a join counted
// twice would hold an attendee's floor after they left); counts are idempotent (reactions are not
// asked: any process publishes them itself); voice requests run where the session's one Janus room
// is known (a retried `speak` may hand out a second token: each lapses on its own); `sync` hands a new owner the shards and attendees of one process. A hub that
// is being handed over answers CallRetry, so the caller tries the next owner. Runs on the server.
import type { SessionAction } from '../../shared/protocol.ts';
import type { SessionRole } from '../../shared/session/model.ts';
import { CallRetry } from '../scale/presenceCalls.ts';
import type { VoiceAsk } from '../voice/voiceService.ts';
import type { Actor, SessionHub } from './hub.ts';
import type { RequestLog } from './requestLog.ts';

export type HubRequest =
  | { op: 'dispatch'; rid: string; actor: Actor; action: SessionAction }
  | { op: 'chat'; rid: string; actor: Actor; text: string; nowMs: number }
  | { op: 'join'; rid: string; key: string; name: string; role: SessionRole }
  | { op: 'leave'; rid: string; key: string }
  | { op: 'count'; shard: string; connected: number }
  | { op: 'drop'; shard: string }
  | { op: 'sync'; shards: Record<string, number>; present: Record<string, number> }
  | { op: 'voice'; request: VoiceAsk };

/** The presence topic the owner of `sessionId`'s hub serves. */
export const hubTopic = (sessionId: string) => `session:${sessionId}:hub`;

export async function serveHubRequest(
  hub: SessionHub,
  req: HubRequest,
  requests: RequestLog,
): Promise<unknown> {
  if (hub.disposed) throw new CallRetry(`session hub ${hub.id} is handed over`);
  try {
    switch (req.op) {
      case 'dispatch':
        return await requests.once(req.rid, () => hub.dispatch(req.actor, req.action, req.rid));
      case 'chat':
        return await requests.once(req.rid, () => hub.chat(req.actor, req.text, req.nowMs));
      case 'join':
        return await requests.once(req.rid, () => hub.join(req.key, req.name, req.role));
      case 'leave':
        return await requests.once(req.rid, () => hub.leave(req.key).then(() => null));
      case 'count':
        return hub.setCount(req.shard, req.connected);
      case 'drop':
        return hub.removeShard(req.shard);
      case 'sync':
        return hub.adopt(req.shards, req.present);
      case 'voice':
        return await hub.voice(req.request);
    }
  } catch (error) {
    // Disposed while the request waited in the hub's chain: the next owner decides it.
    if (hub.disposed) throw new CallRetry(`session hub ${hub.id} is handed over`);
    throw error;
  }
}
