// The gate every `city` client message passes before a handler sees it. Contract: each incoming
// message, of any type or shape, costs one FLOOD_LIMIT token, and a client out of tokens is closed
// with CLOSE_CODES.flooded (its later messages are ignored); a message of unknown type or bad shape
// is dropped and counted in stats.dropped, never fatal, never a disconnect. Runs on the server.
import {
  CLOSE_CODES,
  type ClientMessage,
  type ClientMessageName,
  ClientMessages,
  FLOOD_LIMIT,
} from '../../shared/protocol.ts';
import { take } from '../../shared/rateLimit.ts';
import { log } from '../log.ts';
import type { CityClient, Visitor } from './cityVisitor.ts';

/** The part of a room the gate works with. */
export type GateHost = {
  readonly roomId: string;
  readonly visitors: ReadonlyMap<string, Visitor>;
  readonly stats: { dropped: number; flooded: number };
  kickClient(sessionId: string, closeCode?: number): void;
};

/** Takes the flood token; the visitor when the message may go on, undefined once cut off. */
export function admit(host: GateHost, client: CityClient, nowMs: number): Visitor | undefined {
  const visitor = host.visitors.get(client.sessionId);
  if (!visitor || visitor.flooded) return undefined;
  const t = take(visitor.flood, FLOOD_LIMIT, nowMs);
  visitor.flood = t.bucket;
  if (t.ok) return visitor;
  visitor.flooded = true;
  host.stats.flooded++;
  log.warn('flooded', { room: host.roomId, session: client.sessionId });
  // Stops reading this socket at once, then closes it; onDrop sees `flooded` and holds nothing.
  host.kickClient(client.sessionId, CLOSE_CODES.flooded);
  return undefined;
}

export function drop(
  host: GateHost,
  client: CityClient,
  type: string,
  reason: 'unknown-type' | 'invalid',
): void {
  host.stats.dropped++;
  log.debug('message-dropped', {
    room: host.roomId,
    session: client.sessionId,
    type: type.slice(0, 40),
    reason,
  });
}

/** Flood check, then validation against the protocol; undefined when no handler is to run. */
export function receive<K extends ClientMessageName>(
  host: GateHost,
  client: CityClient,
  type: K,
  raw: unknown,
  nowMs: number,
): { visitor: Visitor; message: ClientMessage<K> } | undefined {
  const visitor = admit(host, client, nowMs);
  if (!visitor) return undefined;
  const parsed = ClientMessages[type].safeParse(raw);
  if (!parsed.success) {
    drop(host, client, type, 'invalid');
    return undefined;
  }
  return { visitor, message: parsed.data as ClientMessage<K> };
}
