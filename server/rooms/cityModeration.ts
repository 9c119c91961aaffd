// Moderation as one `city` shard applies it (the decisions are made and stored by
// server/moderation/cityModeration.ts): a banned visitor is refused on join (403 'banned'), a muted
// one joins muted; what moderators decide reaches this shard over presence and is applied to the
// visitors it matches by key: a kick or ban closes their connection (CLOSE_CODES.removed / banned,
// no reconnection hold) after a `moderation` message saying why; a mute or unmute changes their
// chat and tells them; a deleted chat line goes from every client. Residents' `report`s are limited
// per visitor (REPORT_LIMIT) before the service checks and stores them. Runs on the server.
import { ServerError } from '@colyseus/core';
import { CLOSE_CODES, type ClientMessage, REPORT_LIMIT } from '../../shared/protocol.ts';
import { take } from '../../shared/rateLimit.ts';
import { log } from '../log.ts';
import {
  CITY_MODERATION_TOPIC,
  type CityModeration,
  type CityModerationEvent,
  visitorKeys,
} from '../moderation/cityModeration.ts';
import type { CityHost } from './cityHost.ts';
import type { CityClient, JoinAuth, Visitor } from './cityVisitor.ts';

/**
 * A joining visitor's keys (their account when a valid staff token came with the join; the token is
 * then removed from `who`, never kept) and mute; throws ServerError(403, 'banned') while a ban is in
 * force on any of the keys.
 */
export async function admitVisitor(
  moderation: CityModeration,
  sessionId: string,
  who: JoinAuth,
): Promise<{ keys: string[]; mutedUntil: number }> {
  const account = who.token ? await moderation.accountOf(who.token) : null;
  delete who.token;
  const keys = visitorKeys(sessionId, who.visitorId, account?.sub);
  const { banUntil, muteUntil } = await moderation.sanctionsOf(keys);
  if (banUntil > 0) throw new ServerError(403, 'banned');
  await moderation.recordVisit(sessionId, who.name, keys);
  return { keys, mutedUntil: muteUntil };
}

/** Subscribes the shard to moderators' decisions; returns the unsubscribe. */
export async function followModeration(room: CityHost): Promise<() => void> {
  const apply = (event: CityModerationEvent) => applyToShard(room, event);
  await room.presence.subscribe(CITY_MODERATION_TOPIC, apply);
  return () => room.presence.unsubscribe(CITY_MODERATION_TOPIC, apply);
}

function matching(room: CityHost, keys: readonly string[]): Array<{ client: CityClient; v: Visitor }> {
  const found = [];
  for (const client of room.clients) {
    const v = room.visitors.get(client.sessionId);
    if (v?.keys.some((k) => keys.includes(k))) found.push({ client, v });
  }
  return found;
}

function applyToShard(room: CityHost, event: CityModerationEvent): void {
  switch (event.type) {
    case 'chatDeleted':
      room.broadcast('chatDeleted', { id: event.id });
      return;
    case 'mute':
    case 'unmute':
      for (const { client, v } of matching(room, event.keys)) {
        v.mutedUntil = event.type === 'mute' ? event.until : 0;
        client.send(
          'moderation',
          event.type === 'mute' ? { kind: 'muted', until: event.until } : { kind: 'unmuted' },
        );
      }
      return;
    case 'kick':
      for (const { client, v } of matching(room, event.keys)) {
        const until = event.bannedUntil;
        // Cut off like a flood: later messages are ignored and onDrop holds nothing for reconnection.
        v.flooded = true;
        client.send('moderation', until === null ? { kind: 'removed' } : { kind: 'banned', until });
        log.info('city-kick', { room: room.roomId, session: client.sessionId, banned: until !== null });
        room.kickClient(client.sessionId, until === null ? CLOSE_CODES.removed : CLOSE_CODES.banned);
      }
      return;
  }
}

/** `report`: limited per visitor, then checked and stored; the visitor gets a notice either way. */
export async function report(
  room: CityHost,
  client: CityClient,
  v: Visitor,
  msg: ClientMessage<'report'>,
  nowMs: number,
): Promise<void> {
  const allowed = take(v.report, REPORT_LIMIT, nowMs);
  v.report = allowed.bucket;
  if (!allowed.ok) return client.send('notice', { code: 'report-rate' });
  const reporter = {
    key: v.keys[0] ?? `session:${client.sessionId}`,
    name: v.name,
    sessionId: client.sessionId,
  };
  const code = await room.moderation.report(reporter, msg);
  client.send('notice', { code });
}
