// Which process creates a new room when several share Redis (Colyseus's selectProcessIdToCreateRoom).
// A public session has ONE hub, the source of truth (server/sessions/hub.ts), in the process of its
// rooms: every further shard of a session is therefore created on a live process that already holds
// one, so the hub never has a twin. Every other room goes to the live process with the fewest rooms
// (Colyseus's own rule; a process that stopped answering is dropped from the list by Colyseus).
// Runs on the server.
import { matchMaker } from '@colyseus/core';

export async function selectProcessForRoom(
  roomName: string,
  options: Record<string, unknown>,
): Promise<string> {
  const live = await matchMaker.stats.fetchAll();
  const sessionId = options?.sessionId;
  if (roomName === 'session' && typeof sessionId === 'string') {
    const alive = new Set(live.map((p) => p.processId));
    const shards = await matchMaker.query({ name: 'session', sessionId } as Parameters<
      typeof matchMaker.query
    >[0]);
    const holder = shards.find((s) => alive.has(s.processId));
    if (holder) return holder.processId;
  }
  const least = live.sort((a, b) => a.roomCount - b.roomCount)[0];
  return least?.processId ?? matchMaker.processId;
}
