// The place layer every room (`city`, `session`) is built on, written once (runs on the server):
// the room's `messages` map, where each message passes the gate (messageGate.ts: flood token,
// validation against the room's protocol) before its handler runs; the drop of unknown types; the
// chat prelude both places share (cleaned, rate-limited per visitor); and the reconnection hold of a
// dropped visitor (their avatar stays, marked disconnected, for RECONNECT_HOLD_S). Rooms add only
// what differs; nothing here knows a room class.
import type { Client, Room } from '@colyseus/core';
import type { z } from 'zod';
import { CHAT_LIMIT, RECONNECT_HOLD_S } from '../../shared/protocol.ts';
import { type Bucket, take } from '../../shared/rateLimit.ts';
import { cleanChat } from '../../shared/text.ts';
import { admit, drop, type Gated, type GateHost, receive } from './messageGate.ts';

/** Monotonic milliseconds for budgets and buckets. */
export const now = () => performance.now();

type GateClient = { readonly sessionId: string };
type Handler<C, V, T> = (client: C, visitor: V, message: T, nowMs: number) => void | Promise<void>;
/** A room's `messages` map, typed as a well-behaved client sends them (this types the SDK's room.send). */
export type PlaceMessages<C, M extends Record<string, z.ZodType>> = {
  [K in keyof M]: (client: C, message: z.infer<M[K]>) => void | Promise<void>;
};

/**
 * The `messages` map of a room: every type passes the gate (the runtime value is untrusted and
 * parsed against `validators`), then its handler runs with the visitor. A handler that fails
 * asynchronously goes to `onFailure` when given (else to the room's onUncaughtException).
 */
export function gatedMessages<V extends Gated, C extends GateClient, M extends Record<string, z.ZodType>>(
  host: GateHost<V>,
  validators: M,
  handlers: { [K in keyof M]: Handler<C, V, z.infer<M[K]>> },
  onFailure?: (client: C, type: string, error: unknown) => void,
): PlaceMessages<C, M> {
  const map = {} as PlaceMessages<C, M>;
  for (const type of Object.keys(handlers) as Array<keyof M & string>) {
    const handler = handlers[type];
    map[type] = (client, raw) => {
      const at = now();
      const r = receive(host, client, validators, type, raw, at);
      if (!r) return;
      const work = handler(client, r.visitor, r.message, at);
      if (!onFailure || !work) return work;
      return work.catch((error: unknown) => onFailure(client, type, error));
    };
  }
  return map;
}

/** A message of a type the room does not know: still costs a flood token, then is dropped and counted. */
export function dropUnknown<V extends Gated>(host: GateHost<V>, client: GateClient, type: unknown): void {
  if (admit(host, client, now())) drop(host, client, String(type), 'unknown-type');
}

export type ChatPrelude =
  | { ok: true; text: string; filtered: boolean }
  | { ok: false; code: 'chat-empty' | 'chat-rate' };

/** The start of every chat line in any place: cleaned (refused when empty), then the visitor's rate limit. */
export function chatPrelude(visitor: { chat: Bucket }, text: string, nowMs: number): ChatPrelude {
  const cleaned = cleanChat(text);
  if (!cleaned) return { ok: false, code: 'chat-empty' };
  const allowed = take(visitor.chat, CHAT_LIMIT, nowMs);
  visitor.chat = allowed.bucket;
  if (!allowed.ok) return { ok: false, code: 'chat-rate' };
  return { ok: true, text: cleaned.text, filtered: cleaned.filtered };
}

type Avatar = { connected: boolean };
/** The part of a room the reconnection hold works with. */
export type HoldHost = {
  readonly state: { readonly players: { get(id: string): Avatar | undefined; values(): Iterable<Avatar> } };
  readonly visitors: ReadonlyMap<string, Gated>;
  allowReconnection: Room['allowReconnection'];
};

/**
 * A dropped visitor's avatar stays, marked disconnected, while the SDK may reconnect within
 * RECONNECT_HOLD_S; nothing is held for one cut off (flood, moderation). `changed` runs once the
 * avatar is marked. Resolves when the hold ends either way (Colyseus calls onLeave after an expiry).
 */
export async function holdDropped(host: HoldHost, client: Client, changed: () => void): Promise<boolean> {
  const player = host.state.players.get(client.sessionId);
  if (!player || host.visitors.get(client.sessionId)?.flooded) return false;
  player.connected = false;
  changed();
  try {
    await host.allowReconnection(client, RECONNECT_HOLD_S);
  } catch {
    // Hold expired or room closing: Colyseus calls onLeave next.
  }
  return true;
}

/** A visitor back within the hold: their avatar is connected again. */
export function markReconnected(host: Pick<HoldHost, 'state'>, client: GateClient): void {
  const player = host.state.players.get(client.sessionId);
  if (player) player.connected = true;
}

/** Connected avatars of the room (not seat reservations, not ones held for reconnection). */
export function connectedCount(host: Pick<HoldHost, 'state'>): number {
  let connected = 0;
  for (const p of host.state.players.values()) if (p.connected) connected++;
  return connected;
}
