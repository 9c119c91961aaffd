// Interest management of a `city` shard (Colyseus StateView): `players` is a view-tagged map
// (shared/schema.ts), so each visitor receives only the avatars in its own view — itself always,
// others once they come within INTEREST_ENTER_M, until they are beyond INTEREST_LEAVE_M (the gap
// keeps an avatar at the edge from flickering in and out). Avatars out of view cost that visitor
// nothing: no join, no per-move patch. Everything else in the state (booths' live values, weather)
// is shared by all. Views are refreshed every INTEREST_EVERY_PATCHES patches, on a grid of
// INTEREST_LEAVE_M cells, so a refresh costs about visitors × neighbours, not visitors².
// Runs on the server.
import { StateView } from '@colyseus/schema';
import type { Player } from '../../shared/schema.ts';

/** An avatar comes into a visitor's view within this distance, metres. */
export const INTEREST_ENTER_M = 50;
/** …and leaves it beyond this one, metres. */
export const INTEREST_LEAVE_M = 60;
/** Views are refreshed every this many state patches (50 ms each: every 200 ms). */
export const INTEREST_EVERY_PATCHES = 4;

type Viewer = { readonly sessionId: string; view?: StateView | undefined };
type Where = { readonly x: number; readonly z: number };

export type CityInterest = {
  /** A visitor joined: its view, holding its own avatar. */
  join(client: Viewer, player: Player): void;
  /** A watcher joined (no avatar of its own): an empty view, which no avatar ever enters. */
  watch(client: Viewer): void;
  /** A visitor left (its avatar was removed from the map): forgets its view. */
  leave(sessionId: string): void;
  /** Called before every patch; refreshes the views every INTEREST_EVERY_PATCHES calls. */
  beforePatch(): void;
  /** Ids of the other avatars in a visitor's view (tests, diagnostics). */
  seenBy(sessionId: string): ReadonlySet<string>;
};

/**
 * `positions`: the authoritative position of each visitor by session id; `players`: the state map.
 */
export function createCityInterest(
  positions: ReadonlyMap<string, Where>,
  players: { get(id: string): Player | undefined },
): CityInterest {
  const views = new Map<string, { view: StateView; seen: Set<string> }>();
  let patches = 0;

  const cellOf = (x: number, z: number) =>
    `${Math.floor(x / INTEREST_LEAVE_M)},${Math.floor(z / INTEREST_LEAVE_M)}`;

  const refresh = () => {
    const cells = new Map<string, string[]>();
    for (const [id, p] of positions) {
      const key = cellOf(p.x, p.z);
      const list = cells.get(key);
      if (list) list.push(id);
      else cells.set(key, [id]);
    }
    for (const [id, { view, seen }] of views) {
      const me = positions.get(id);
      if (!me) continue;
      const cx = Math.floor(me.x / INTEREST_LEAVE_M);
      const cz = Math.floor(me.z / INTEREST_LEAVE_M);
      for (const other of seen) {
        const o = positions.get(other);
        const player = players.get(other);
        if (!o || !player) {
          seen.delete(other);
        } else if (Math.hypot(o.x - me.x, o.z - me.z) > INTEREST_LEAVE_M) {
          view.remove(player);
          seen.delete(other);
        }
      }
      for (let dx = -1; dx <= 1; dx++) {
        for (let dz = -1; dz <= 1; dz++) {
          for (const other of cells.get(`${cx + dx},${cz + dz}`) ?? []) {
            if (other === id || seen.has(other)) continue;
            const o = positions.get(other);
            const player = players.get(other);
            if (!o || !player || Math.hypot(o.x - me.x, o.z - me.z) > INTEREST_ENTER_M) continue;
            view.add(player);
            seen.add(other);
          }
        }
      }
    }
  };

  return {
    join(client, player) {
      const view = new StateView();
      view.add(player);
      client.view = view;
      views.set(client.sessionId, { view, seen: new Set() });
      // A newcomer sees the crowd around it with its first state, not a refresh later.
      refresh();
    },
    watch(client) {
      const view = new StateView();
      client.view = view;
      views.set(client.sessionId, { view, seen: new Set() });
    },
    leave(sessionId) {
      views.get(sessionId)?.view.dispose();
      views.delete(sessionId);
    },
    beforePatch() {
      patches = (patches + 1) % INTEREST_EVERY_PATCHES;
      if (patches === 0) refresh();
    },
    seenBy: (sessionId) => views.get(sessionId)?.seen ?? new Set(),
  };
}
