// The gate every `session` client message passes before a handler sees it, as in the city
// (messageGate.ts): each message of any type or shape costs one FLOOD_LIMIT token, a client out of
// tokens is closed with CLOSE_CODES.flooded; an unknown type or a bad shape (SessionMessages) is
// dropped and counted in stats.dropped, never fatal. Runs on the server.
import {
  CLOSE_CODES,
  FLOOD_LIMIT,
  type SessionMessage,
  type SessionMessageName,
  SessionMessages,
} from '../../shared/protocol.ts';
import { take } from '../../shared/rateLimit.ts';
import { log } from '../log.ts';
import type { SessionClient, SessionVisitor } from './sessionVisitor.ts';

export type SessionGateHost = {
  readonly roomId: string;
  readonly visitors: ReadonlyMap<string, SessionVisitor>;
  readonly stats: { dropped: number; flooded: number };
  kickClient(sessionId: string, closeCode?: number): void;
};

export function admitSession(
  host: SessionGateHost,
  client: SessionClient,
  nowMs: number,
): SessionVisitor | undefined {
  const visitor = host.visitors.get(client.sessionId);
  if (!visitor || visitor.flooded) return undefined;
  const t = take(visitor.flood, FLOOD_LIMIT, nowMs);
  visitor.flood = t.bucket;
  if (t.ok) return visitor;
  visitor.flooded = true;
  host.stats.flooded++;
  log.warn('flooded', { room: host.roomId, session: client.sessionId });
  host.kickClient(client.sessionId, CLOSE_CODES.flooded);
  return undefined;
}

export function dropSession(
  host: SessionGateHost,
  client: SessionClient,
  type: string,
  reason: string,
): void {
  host.stats.dropped++;
  log.debug('message-dropped', {
    room: host.roomId,
    session: client.sessionId,
    type: type.slice(0, 40),
    reason,
  });
}

export function receiveSession<K extends SessionMessageName>(
  host: SessionGateHost,
  client: SessionClient,
  type: K,
  raw: unknown,
  nowMs: number,
): { visitor: SessionVisitor; message: SessionMessage<K> } | undefined {
  const visitor = admitSession(host, client, nowMs);
  if (!visitor) return undefined;
  const parsed = SessionMessages[type].safeParse(raw);
  if (!parsed.success) {
    dropSession(host, client, type, 'invalid');
    return undefined;
  }
  return { visitor, message: parsed.data as SessionMessage<K> };
}
