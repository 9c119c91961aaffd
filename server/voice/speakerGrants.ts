// Who may publish into a session's AudioBridge room (server only): one-person tokens in the room's
// ACL (Janus `allowed`), each remembering the participant id it admits. A token lasts
// VOICE_TOKEN_TTL_MS unused (`onExpire` then takes it out of the ACL; a joined speaker stays);
// revoking removes the token and kicks that participant; strangers (joined without a current grant)
// are kicked. `bridge` sends one AudioBridge request with the admin key (voiceService.ts).
import { VOICE_TOKEN_TTL_MS } from '../../shared/session/voice.ts';
import { JanusError } from './janusApi.ts';
import type { MediaRoomIds } from './mediaRoom.ts';
import { roomNumber, secret } from './roomsBySession.ts';

export type Bridge = (body: Record<string, unknown>) => Promise<Record<string, unknown>>;

export type Grant = { token: string; id: number; name: string; expires: ReturnType<typeof setTimeout> };

export type MediaRoom = MediaRoomIds & {
  /** Handle → their current grant (token and participant id). */
  grants: Map<string, Grant>;
  muted: Set<string>;
  /** Stops polling Janus's talking flags (talkingWatch.ts). */
  stopTalking: () => void;
};

/** A new grant for `handle` (replacing theirs, if any), in the room's ACL. */
export async function grantSpeaker(
  bridge: Bridge,
  r: MediaRoom,
  who: { handle: string; name: string },
  onExpire: (grant: Grant) => void,
): Promise<Grant> {
  const old = r.grants.get(who.handle);
  if (old) await revoke(bridge, r, who.handle, old);
  const grant: Grant = {
    token: secret(),
    id: roomNumber(),
    name: who.name,
    expires: setTimeout(() => onExpire(grant), VOICE_TOKEN_TTL_MS),
  };
  grant.expires.unref();
  await bridge({ request: 'allowed', action: 'add', room: r.room, secret: r.secret, allowed: [grant.token] });
  r.grants.set(who.handle, grant);
  return grant;
}

/** Takes the token out of the ACL: it admits nobody new. */
export function disallow(bridge: Bridge, r: MediaRoom, token: string): Promise<unknown> {
  return bridge({ request: 'allowed', action: 'remove', room: r.room, secret: r.secret, allowed: [token] });
}

/** Removes the token and kicks the participant it admitted. */
export async function revoke(bridge: Bridge, r: MediaRoom, handle: string, grant: Grant): Promise<void> {
  clearTimeout(grant.expires);
  r.grants.delete(handle);
  await disallow(bridge, r, grant.token);
  await bridge({ request: 'kick', room: r.room, secret: r.secret, id: grant.id }).catch((e: unknown) => {
    if (!(e instanceof JanusError)) throw e; // Not (or no longer) in the room.
  });
}

/** Kicks participants the server granted nothing to (a joined id that is not a current grant). */
export async function kickStrangers(bridge: Bridge, r: MediaRoom): Promise<void> {
  const list = await bridge({ request: 'listparticipants', room: r.room, secret: r.secret });
  const granted = new Set([...r.grants.values()].map((g) => g.id));
  const participants = Array.isArray(list.participants) ? (list.participants as Array<{ id: number }>) : [];
  for (const p of participants) {
    if (!granted.has(p.id))
      await bridge({ request: 'kick', room: r.room, secret: r.secret, id: p.id }).catch(() => {});
  }
}
