// The `voice` message of the `session` room: a listening ticket, a speak token, a moderator's mute,
// the host's camera token and a ticket to watch it; `status` is also answered with what is on air.
// Each request costs a token of the visitor's REFUSED_ACT_LIMIT bucket (it may create media rooms);
// an official's account is re-checked before speaking or muting, as before privileged actions.
// Janus unreachable → 'unavailable' (the session goes on without voice). Tickets, tokens and mutes are
// run by the process owning the session's hub (hub.voice: one Janus room per session, whichever
// process the attendee is on); `status` is answered here. Runs on the server.
import type { SessionMessage } from '../../shared/protocol.ts';
import { take } from '../../shared/rateLimit.ts';
import { mayMuteVoice, type VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import { accountStands } from '../rooms/sessionHandlers.ts';
import type { SessionHost } from '../rooms/sessionHost.ts';
import {
  isStaff,
  REFUSED_ACT_LIMIT,
  type SessionClient,
  type SessionVisitor,
} from '../rooms/sessionVisitor.ts';
import { recorded } from './onAir.ts';

export async function voice(
  room: SessionHost,
  client: SessionClient,
  v: SessionVisitor,
  msg: SessionMessage<'voice'>,
  nowMs: number,
): Promise<void> {
  const reply = (r: VoiceReply) => client.send('voice', r);
  const service = room.deps.voice;
  if (!service) return reply({ kind: 'unavailable' });
  const hub = room.hub;
  if (msg.want === 'watch') {
    // Reads a ticket only (creates nothing), asked again while the host's camera is not in yet.
    const r = await hub.voice({ want: 'watch' }).catch(() => ({ kind: 'unavailable' }) as const);
    return reply(r.kind === 'refused' ? { ...r, want: 'watch' } : r);
  }
  const allowed = take(v.refused, REFUSED_ACT_LIMIT, nowMs);
  v.refused = allowed.bucket;
  const camera = msg.want === 'camera' ? ({ want: 'camera' } as const) : {};
  if (!allowed.ok) return reply({ kind: 'refused', reason: 'not-allowed', ...camera });
  if (
    msg.want !== 'listen' &&
    msg.want !== 'status' &&
    isStaff(v.ref.role) &&
    !(await accountStands(room, v))
  )
    v.ref = { ...v.ref, role: 'resident' };
  try {
    if (msg.want === 'status') {
      reply((await service.reachable()) ? { kind: 'ready' } : { kind: 'unavailable' });
      // A late joiner learns what is on air now (nothing on air needs no message); the recording from
      // the model, which every process has (this process may have started watching after it began).
      const air = { ...service.air.current(hub.id), recording: recorded(hub.model) };
      if (air.recording || air.talking.length > 0) reply(air);
    } else if (msg.want === 'listen') {
      reply(await hub.voice({ want: 'listen' }));
    } else if (msg.want === 'speak') {
      reply(await hub.voice({ want: 'speak', who: v.ref }));
    } else if (msg.want === 'camera') {
      const r = await hub.voice({ want: 'camera', who: v.ref });
      if (r.kind === 'refused')
        log.info('camera-refused', { session: hub.id, by: v.ref.handle, reason: r.reason });
      reply(r.kind === 'refused' ? { ...r, ...camera } : r);
    } else {
      if (!mayMuteVoice(v.ref.role)) return reply({ kind: 'refused', reason: 'not-allowed' });
      if (hub.model.handles[msg.handle] === undefined) return reply({ kind: 'refused', reason: 'failed' });
      const r = await hub.voice({ want: 'mute', handle: msg.handle, on: msg.on });
      log.info('voice-mute', { session: hub.id, by: v.ref.handle, handle: msg.handle, on: msg.on });
      reply(r);
    }
  } catch (error) {
    log.error('voice-failed', { session: hub.id, want: msg.want, error });
    reply(msg.want === 'camera' ? { kind: 'refused', reason: 'failed', ...camera } : { kind: 'unavailable' });
  }
}
