// The session hubs of one process alone (no REDIS_URL): one per session id, created from the store
// when its first shard asks for it, disposed when its last shard goes (a later shard replays the
// store again). With several processes on Redis, clusterHubs.ts keeps the same contract. Runs on the
// server.
import { type HubDeps, SessionHub } from './hub.ts';
import type { HubPort } from './sessionLink.ts';

export type SessionHubs = {
  /** The session's hub, with `shardId` counted among its shards; undefined for an unknown session. */
  acquire(sessionId: string, shardId: string): Promise<HubPort | undefined>;
  /** The shard is gone; the last one disposes the hub. */
  release(sessionId: string, shardId: string): void;
  /** Attendees connected now across the session's shards (0 when no shard is open). */
  attendance(sessionId: string): number;
  /** Sessions whose hub this process holds now (/metrics). */
  owned(): string[];
  disposeAll(): Promise<void>;
};

export function createSessionHubs(deps: HubDeps): SessionHubs {
  const loading = new Map<string, Promise<SessionHub | undefined>>();
  const ready = new Map<string, SessionHub>();
  const draining = new Map<string, Promise<void>>();

  const load = (sessionId: string): Promise<SessionHub | undefined> => {
    let pending = loading.get(sessionId);
    if (!pending) {
      pending = (async () => {
        await draining.get(sessionId);
        const hub = await SessionHub.load(deps, sessionId);
        if (hub) ready.set(sessionId, hub);
        return hub;
      })().finally(() => loading.delete(sessionId));
      loading.set(sessionId, pending);
    }
    return pending;
  };

  const acquire = async (sessionId: string, shardId: string): Promise<SessionHub | undefined> => {
    const hub = ready.get(sessionId) ?? (await load(sessionId));
    if (!hub) return undefined;
    if (hub.disposed) return acquire(sessionId, shardId);
    hub.shards.set(shardId, hub.shards.get(shardId) ?? 0);
    return hub;
  };

  const dispose = (sessionId: string, hub: SessionHub): Promise<void> => {
    ready.delete(sessionId);
    const done = hub.dispose().finally(() => {
      if (draining.get(sessionId) === done) draining.delete(sessionId);
    });
    draining.set(sessionId, done);
    return done;
  };

  return {
    acquire,
    release(sessionId, shardId) {
      const hub = ready.get(sessionId);
      if (hub?.shards.has(shardId) && hub.removeShard(shardId) === 0) void dispose(sessionId, hub);
    },
    attendance: (sessionId) => ready.get(sessionId)?.count() ?? 0,
    owned: () => [...ready.keys()],
    async disposeAll() {
      await Promise.all([...ready].map(([id, hub]) => dispose(id, hub)));
      await Promise.all(draining.values());
    },
  };
}
