// The plaza is one conversation for the whole city: a plaza line accepted by any `city` shard, of any
// process sharing the presence (Redis), goes out on PLAZA_TOPIC and every shard sends it to all its
// visitors. (History on join comes from the store, which every shard shares.) Runs on the server.
import type { Presence } from '@colyseus/core';
import type { ChatLine } from '../../shared/protocol.ts';
import { log } from '../log.ts';

export const PLAZA_TOPIC = 'makaverse:plaza';

type PlazaShard = { readonly presence: Presence; broadcast(type: 'chat', line: ChatLine): void };

/** Subscribes the shard to plaza lines; returns the unsubscribe. */
export async function followPlaza(room: PlazaShard): Promise<() => void> {
  const deliver = (line: ChatLine) => room.broadcast('chat', line);
  await room.presence.subscribe(PLAZA_TOPIC, deliver);
  return () => void Promise.resolve(room.presence.unsubscribe(PLAZA_TOPIC, deliver)).catch(() => {});
}

/** Sends an accepted, stored plaza line to every shard (this one included). */
export function publishPlaza(presence: Presence, line: ChatLine): void {
  Promise.resolve(presence.publish(PLAZA_TOPIC, line)).catch((error: unknown) =>
    log.error('plaza-publish-failed', { id: line.id, error }),
  );
}
