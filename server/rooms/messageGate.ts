// The gate every client message of a room (`city`, `session`) passes before a handler sees it.
// Contract: each incoming message, of any type or shape, costs one FLOOD_LIMIT token, and a client out
// of tokens is closed with CLOSE_CODES.flooded (its later messages are ignored); a message of unknown
// type or bad shape (checked against the room's validators in shared/protocol.ts) is dropped and
// counted in stats.dropped, never fatal, never a disconnect. A watcher (a `city` join with
// JoinOptions.watch: no avatar) pays its flood token too, and then every message it sends is dropped
// and counted: it can neither move nor chat. Runs on the server.
import type { z } from 'zod';
import { CLOSE_CODES, FLOOD_LIMIT } from '../../shared/protocol.ts';
import { type Bucket, take } from '../../shared/rateLimit.ts';
import { log } from '../log.ts';

/** What the gate keeps per visitor. */
export type Gated = { flood: Bucket; flooded: boolean };
type GateClient = { readonly sessionId: string };

/** The part of a room the gate works with. */
export type GateHost<V extends Gated> = {
  readonly roomId: string;
  readonly visitors: ReadonlyMap<string, V>;
  /** Clients joined only to watch (no avatar): gated like visitors, but no message of theirs goes on. */
  readonly watchers?: ReadonlyMap<string, Gated>;
  readonly stats: { dropped: number; flooded: number };
  kickClient(sessionId: string, closeCode?: number): void;
};

/**
 * Takes the flood token; the visitor when the message may go on, undefined once cut off or when the
 * sender is a watcher (its message is then dropped and counted here).
 */
export function admit<V extends Gated>(host: GateHost<V>, client: GateClient, nowMs: number): V | undefined {
  const watcher = host.watchers?.get(client.sessionId);
  const visitor = watcher ? undefined : host.visitors.get(client.sessionId);
  const gated = watcher ?? visitor;
  if (!gated || gated.flooded) return undefined;
  const t = take(gated.flood, FLOOD_LIMIT, nowMs);
  gated.flood = t.bucket;
  if (t.ok) {
    if (visitor) return visitor;
    drop(host, client, 'any', 'watcher');
    return undefined;
  }
  gated.flooded = true;
  host.stats.flooded++;
  log.warn('flooded', { room: host.roomId, session: client.sessionId });
  // Stops reading this socket at once, then closes it; onDrop sees `flooded` and holds nothing.
  host.kickClient(client.sessionId, CLOSE_CODES.flooded);
  return undefined;
}

export function drop(
  host: Pick<GateHost<Gated>, 'roomId' | 'stats'>,
  client: GateClient,
  type: string,
  reason: 'unknown-type' | 'invalid' | 'watcher',
): void {
  host.stats.dropped++;
  log.debug('message-dropped', {
    room: host.roomId,
    session: client.sessionId,
    type: type.slice(0, 40),
    reason,
  });
}

/** Flood check, then validation against the room's protocol; undefined when no handler is to run. */
export function receive<V extends Gated, M extends Record<string, z.ZodType>, K extends keyof M & string>(
  host: GateHost<V>,
  client: GateClient,
  validators: M,
  type: K,
  raw: unknown,
  nowMs: number,
): { visitor: V; message: z.infer<M[K]> } | undefined {
  const visitor = admit(host, client, nowMs);
  if (!visitor) return undefined;
  const parsed = (validators[type] as M[K]).safeParse(raw);
  if (!parsed.success) {
    drop(host, client, type, 'invalid');
    return undefined;
  }
  return { visitor, message: parsed.data as z.infer<M[K]> };
}
