// The session hubs when several processes share Redis: one SessionLink per session this process has
// shards of (sessionLink.ts) — the hub itself on the process whose lease names it, a forwarding link
// everywhere else. Every WATCH_EVERY_MS each link renews or takes its lease, so a dead owner's
// sessions have a new one within LEASE_TTL_MS + WATCH_EVERY_MS (+ the replay). The same contract as
// hubs.ts (SessionHubs). Runs on the server.
import { log } from '../log.ts';
import type { SessionHubs } from './hubs.ts';
import { type LinkDeps, SessionLink } from './sessionLink.ts';

/** A hub owner that stops renewing (killed, hung) is replaced after this long. */
export const LEASE_TTL_MS = 5000;
export const WATCH_EVERY_MS = 1000;

export function createClusterHubs(deps: LinkDeps): SessionHubs {
  const links = new Map<string, SessionLink>();
  const opening = new Map<string, Promise<SessionLink | undefined>>();
  const closing = new Map<string, Promise<void>>();

  const watcher = setInterval(() => {
    for (const link of links.values()) {
      link
        .watch()
        .catch((error: unknown) => log.warn('session-lease-watch-failed', { session: link.id, error }));
    }
  }, WATCH_EVERY_MS);
  watcher.unref();

  const open = (sessionId: string): Promise<SessionLink | undefined> => {
    let pending = opening.get(sessionId);
    if (!pending) {
      pending = (async () => {
        await closing.get(sessionId);
        const link = await SessionLink.open(deps, sessionId);
        if (link) links.set(sessionId, link);
        return link;
      })().finally(() => opening.delete(sessionId));
      opening.set(sessionId, pending);
    }
    return pending;
  };

  const close = (sessionId: string, link: SessionLink): Promise<void> => {
    links.delete(sessionId);
    const done = link
      .close()
      .catch((error: unknown) => log.error('session-link-close-failed', { session: sessionId, error }))
      .finally(() => {
        if (closing.get(sessionId) === done) closing.delete(sessionId);
      });
    closing.set(sessionId, done);
    return done;
  };

  return {
    async acquire(sessionId, shardId) {
      const link = links.get(sessionId) ?? (await open(sessionId));
      if (!link) return undefined;
      link.shards.set(shardId, link.shards.get(shardId) ?? 0);
      return link;
    },
    release(sessionId, shardId) {
      const link = links.get(sessionId);
      if (link?.shards.has(shardId) && link.removeShard(shardId)) void close(sessionId, link);
    },
    attendance: (sessionId) => links.get(sessionId)?.count() ?? 0,
    owned: () => [...links.values()].filter((l) => l.owns()).map((l) => l.id),
    async disposeAll() {
      clearInterval(watcher);
      await Promise.all([...links].map(([id, link]) => close(id, link)));
      await Promise.all(closing.values());
    },
  };
}
