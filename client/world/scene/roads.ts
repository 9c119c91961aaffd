// The road network drawn on the ground (client only): the booth quarter's streets from the layout
// plus the hand-placed roads of the civic core. A road runs along `axis` at `c` from `from` to `to`;
// `width` includes a sidewalk of `walk` metres on each side. Metres, +x east, +z south.
import { SHORE_X } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';

export type Road = { axis: 'x' | 'z'; c: number; from: number; to: number; width: number; walk: number };
export type Rect = { minX: number; maxX: number; minZ: number; maxZ: number };

/** The avenue east of the civic core, into which the booth streets run. */
export const AVENUE_X = 88;
export const SHORE_ROAD_X = SHORE_X + 19;
/** How far the drawn city (ground, roads, background) reaches from the centre. */
export const CITY_REACH_M = 640;

export function cityRoads(layout: CityLayout): Road[] {
  const booths: Road[] = layout.streets.map((s) => ({
    axis: 'x',
    c: s.z,
    from: s.x0,
    to: s.x1,
    width: 12,
    walk: 2.9,
  }));
  return [
    ...booths,
    { axis: 'z', c: AVENUE_X, from: -CITY_REACH_M, to: CITY_REACH_M, width: 13, walk: 2.2 },
    { axis: 'z', c: SHORE_ROAD_X, from: -76, to: CITY_REACH_M, width: 11, walk: 1.8 },
    { axis: 'x', c: -118, from: -26, to: AVENUE_X, width: 12, walk: 2.2 },
    { axis: 'x', c: -40, from: SHORE_ROAD_X, to: -30, width: 12, walk: 2 },
    { axis: 'x', c: -40, from: 30, to: AVENUE_X, width: 12, walk: 2 },
    { axis: 'x', c: 48, from: SHORE_ROAD_X, to: AVENUE_X, width: 11, walk: 1.8 },
  ];
}

export function roadRect(r: Road, inset = 0): Rect {
  const half = r.width / 2 - inset;
  return r.axis === 'x'
    ? { minX: r.from, maxX: r.to, minZ: r.c - half, maxZ: r.c + half }
    : { minX: r.c - half, maxX: r.c + half, minZ: r.from, maxZ: r.to };
}

export function inRect(r: Rect, x: number, z: number, pad = 0): boolean {
  return x > r.minX - pad && x < r.maxX + pad && z > r.minZ - pad && z < r.maxZ + pad;
}
