// The background city beyond the walkable bounds (client only): a street grid aligned with the
// avenue, and the blocks between its streets that hold houses and shops. Nothing here is walkable.
import { SHORE_X } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { AVENUE_X, CITY_REACH_M, type Road } from './roads.ts';

/** Grid pitch and street width of the background city, metres. */
const GRID_M = 48;
const GRID_ROAD_M = 9;
const GRID_Z0 = -40;
const MARGIN_M = 8;

export type Block = { x: number; z: number; size: number; dist: number };

function lines(origin: number, min: number, max: number): number[] {
  const out: number[] = [];
  for (let v = origin + Math.ceil((min - origin) / GRID_M) * GRID_M; v <= max; v += GRID_M) out.push(v);
  return out;
}

export function gridRoads(layout: CityLayout): Road[] {
  const b = layout.bounds;
  const west = SHORE_X + 30;
  const roads: Road[] = [];
  const road = (axis: 'x' | 'z', c: number, from: number, to: number) => {
    if (to - from > GRID_ROAD_M) roads.push({ axis, c, from, to, width: GRID_ROAD_M, walk: 1.5 });
  };
  for (const x of lines(AVENUE_X, west, CITY_REACH_M)) {
    if (x === AVENUE_X) continue;
    if (x > b.maxX + MARGIN_M) road('z', x, -CITY_REACH_M, CITY_REACH_M);
    else {
      road('z', x, -CITY_REACH_M, b.minZ - MARGIN_M);
      road('z', x, b.maxZ + MARGIN_M, CITY_REACH_M);
    }
  }
  for (const z of lines(GRID_Z0, -CITY_REACH_M, CITY_REACH_M)) {
    if (z < b.minZ - MARGIN_M || z > b.maxZ + MARGIN_M) road('x', z, west - 12, CITY_REACH_M);
    else road('x', z, b.maxX + MARGIN_M, CITY_REACH_M);
  }
  return roads;
}

/** Blocks wholly outside the walkable bounds, on land, within reach; `dist` from the map centre. */
export function gridBlocks(layout: CityLayout): Block[] {
  const b = layout.bounds;
  const cx = (b.minX + b.maxX) / 2;
  const cz = (b.minZ + b.maxZ) / 2;
  const size = GRID_M - GRID_ROAD_M;
  const blocks: Block[] = [];
  for (const x of lines(AVENUE_X + GRID_M / 2, SHORE_X + 30 + GRID_M / 2, CITY_REACH_M)) {
    for (const z of lines(GRID_Z0 + GRID_M / 2, -CITY_REACH_M, CITY_REACH_M)) {
      const h = GRID_M / 2 + MARGIN_M;
      const outside = x - h > b.maxX || z + h < b.minZ || z - h > b.maxZ;
      const dist = Math.hypot(x - cx, z - cz);
      if (outside && dist < CITY_REACH_M) blocks.push({ x, z, size, dist });
    }
  }
  return blocks;
}
