// Interest management of a `city` shard (Colyseus StateView): `players` is a view-tagged map
// (shared/schema.ts), so each visitor receives only the avatars in its own view — itself always,
// others once they come within INTEREST_ENTER_M, until they are beyond INTEREST_LEAVE_M (the gap
// keeps an avatar at the edge from flickering in and out). Avatars out of view cost that visitor
// nothing: no join, no per-move patch. Everything else in the state (booths' live values, weather)
// is shared by all.
// Each view is refreshed every INTEREST_EVERY_PATCHES patches, a slice of the views per patch (not
// all of them on one patch: that made every fourth patch the slow one), against a grid of
// INTEREST_LEAVE_M cells rebuilt once per patch, so a patch costs about visitors / slices ×
// neighbours, never visitors². Runs on the server.
import { StateView } from '@colyseus/schema';
import type { Player } from '../../shared/schema.ts';

/** An avatar comes into a visitor's view within this distance, metres. */
export const INTEREST_ENTER_M = 50;
/** …and leaves it beyond this one, metres. */
export const INTEREST_LEAVE_M = 60;
/** Each view is refreshed every this many state patches (50 ms each: every 200 ms). */
export const INTEREST_EVERY_PATCHES = 4;

const ENTER_SQ = INTEREST_ENTER_M * INTEREST_ENTER_M;
const LEAVE_SQ = INTEREST_LEAVE_M * INTEREST_LEAVE_M;

type Viewer = { readonly sessionId: string; view?: StateView | undefined };
type Where = { readonly x: number; readonly z: number };
type Watch = { readonly id: string; readonly view: StateView; readonly seen: Set<string> };
type Someone = { readonly id: string; readonly x: number; readonly z: number; readonly player: Player };

export type CityInterest = {
  /** A visitor joined: its view, holding its own avatar and the avatars already around it. */
  join(client: Viewer, player: Player): void;
  /** A watcher joined (no avatar of its own): an empty view, which no avatar ever enters. */
  watch(client: Viewer): void;
  /** A visitor left (its avatar was removed from the map): forgets its view. */
  leave(sessionId: string): void;
  /** Called before every patch; refreshes one slice of the views. */
  beforePatch(): void;
  /** Ids of the other avatars in a visitor's view (tests, diagnostics). */
  seenBy(sessionId: string): ReadonlySet<string>;
};

/** A grid cell's number: exact in a double for any coordinate within ±30 km. */
const cell = (cx: number, cz: number) => (cx + 512) * 1024 + (cz + 512);
const cellCoord = (v: number) => Math.floor(v / INTEREST_LEAVE_M);

/**
 * `positions`: the authoritative position of each visitor by session id; `players`: the state map.
 */
export function createCityInterest(
  positions: ReadonlyMap<string, Where>,
  players: { get(id: string): Player | undefined },
): CityInterest {
  const watches = new Map<string, Watch>();
  let phase = 0;

  /** Everyone with an avatar, by grid cell. */
  const grid = () => {
    const cells = new Map<number, Someone[]>();
    for (const [id, p] of positions) {
      const player = players.get(id);
      if (!player) continue;
      const key = cell(cellCoord(p.x), cellCoord(p.z));
      const someone = { id, x: p.x, z: p.z, player };
      const list = cells.get(key);
      if (list) list.push(someone);
      else cells.set(key, [someone]);
    }
    return cells;
  };

  const refresh = ({ id, view, seen }: Watch, cells: ReadonlyMap<number, readonly Someone[]>) => {
    const me = positions.get(id);
    if (!me) return;
    for (const other of seen) {
      const o = positions.get(other);
      const player = players.get(other);
      if (!o || !player) {
        seen.delete(other);
      } else if ((o.x - me.x) ** 2 + (o.z - me.z) ** 2 > LEAVE_SQ) {
        view.remove(player);
        seen.delete(other);
      }
    }
    const cx = cellCoord(me.x);
    const cz = cellCoord(me.z);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dz = -1; dz <= 1; dz++) {
        for (const o of cells.get(cell(cx + dx, cz + dz)) ?? []) {
          if (o.id === id || seen.has(o.id) || (o.x - me.x) ** 2 + (o.z - me.z) ** 2 > ENTER_SQ) continue;
          view.add(o.player);
          seen.add(o.id);
        }
      }
    }
  };

  return {
    join(client, player) {
      const view = new StateView();
      view.add(player);
      client.view = view;
      const watch = { id: client.sessionId, view, seen: new Set<string>() };
      watches.set(client.sessionId, watch);
      // A newcomer sees the crowd around it with its first state; the crowd sees it at its next
      // refresh (within INTEREST_EVERY_PATCHES patches).
      refresh(watch, grid());
    },
    watch(client) {
      const view = new StateView();
      client.view = view;
      watches.set(client.sessionId, { id: client.sessionId, view, seen: new Set() });
    },
    leave(sessionId) {
      watches.get(sessionId)?.view.dispose();
      watches.delete(sessionId);
    },
    beforePatch() {
      phase = (phase + 1) % INTEREST_EVERY_PATCHES;
      const cells = grid();
      let i = 0;
      for (const watch of watches.values()) {
        if (i++ % INTEREST_EVERY_PATCHES === phase) refresh(watch, cells);
      }
    },
    seenBy: (sessionId) => watches.get(sessionId)?.seen ?? new Set(),
  };
}
