// What the `city` room does with each validated client message. The rules themselves live in
// shared/ (movement, text, rate limits); these functions apply them to one shard, seen through
// CityHost (cityHost.ts), never the room class. Runs on the server.
import { distance } from '../../shared/geometry.ts';
import { travelTarget } from '../../shared/mapPlaces.ts';
import { checkMove, freshBudget } from '../../shared/movement.ts';
import { ANIM, type ClientMessage, NEARBY_RADIUS_M, type NoticeCode } from '../../shared/protocol.ts';
import { log } from '../log.ts';
import type { CityHost } from './cityHost.ts';
import type { CityClient, Visitor } from './cityVisitor.ts';
import { chatPrelude } from './place.ts';
import { publishPlaza } from './plazaChat.ts';

function notice(client: CityClient, code: NoticeCode): void {
  client.send('notice', { code });
}

/** Tells the client where the server has it standing (after a rejected move or a travel). */
function correct(client: CityClient, v: Visitor): void {
  client.send('correction', { x: v.x, z: v.z });
}

/** `move`: accepted → state updated; rejected → state unchanged and a correction to the sender only. */
export function move(
  room: CityHost,
  client: CityClient,
  v: Visitor,
  msg: ClientMessage<'move'>,
  nowMs: number,
) {
  const verdict = checkMove(room.layout, v, msg, v.budget, nowMs);
  v.budget = verdict.budget;
  const player = room.state.players.get(client.sessionId);
  if (!verdict.ok || !player) {
    room.stats.corrected++;
    log.debug('move-corrected', {
      room: room.roomId,
      session: client.sessionId,
      reason: verdict.ok ? 'gone' : verdict.reason,
    });
    correct(client, v);
    return;
  }
  v.x = msg.x;
  v.z = msg.z;
  player.x = msg.x;
  player.z = msg.z;
  player.heading = msg.heading;
  player.anim = ANIM[msg.anim];
}

/** `travel`: to a booth's approach point, a landmark's arrival point or the spawn (shared/mapPlaces.ts). */
export function travel(
  room: CityHost,
  client: CityClient,
  v: Visitor,
  msg: ClientMessage<'travel'>,
  nowMs: number,
) {
  const target = travelTarget(room.layout, msg.to);
  const player = room.state.players.get(client.sessionId);
  if (!target || !player) {
    notice(client, 'travel-unknown');
    return;
  }
  v.x = target.x;
  v.z = target.z;
  v.budget = freshBudget(nowMs);
  player.x = target.x;
  player.z = target.z;
  player.anim = ANIM.idle;
  correct(client, v);
}

/**
 * `chat`: refused while a moderator's mute lasts; cleaned, rate-limited, filtered, appended to the store and only then delivered: `plaza`
 * to every shard of the city (plazaChat.ts), `nearby` to visitors within NEARBY_RADIUS_M of the sender (sender included).
 */
export async function chat(
  room: CityHost,
  client: CityClient,
  v: Visitor,
  msg: ClientMessage<'chat'>,
  nowMs: number,
): Promise<void> {
  if (v.mutedUntil > room.moderation.now()) return notice(client, 'chat-muted');
  const cleaned = chatPrelude(v, msg.text, nowMs);
  if (!cleaned.ok) return notice(client, cleaned.code);

  const origin = { x: v.x, z: v.z };
  const line = await room.store.appendChat({
    channel: msg.channel,
    from: client.sessionId,
    name: v.name,
    text: cleaned.text,
    at: Date.now(),
  });
  if (cleaned.filtered) notice(client, 'chat-filtered');
  if (msg.channel === 'plaza') {
    publishPlaza(room.presence, line);
  } else {
    for (const other of room.clients) {
      const o = room.visitors.get(other.sessionId);
      if (o && distance(o.x, o.z, origin.x, origin.z) <= NEARBY_RADIUS_M) other.send('chat', line);
    }
  }
  log.info('chat', {
    room: room.roomId,
    session: client.sessionId,
    id: line.id,
    channel: line.channel,
    chars: line.text.length,
    filtered: cleaned.filtered,
  });
}
