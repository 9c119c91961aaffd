// Roads on the ground (client only): sidewalk, asphalt and dashed centre line for every road, with
// the dashes left out where roads cross. Zebra crossings where the booth streets meet the avenue.
import type { CityLayout } from '../../../shared/layout.ts';
import { GROUND_Y } from './groundBase.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';
import { AVENUE_X, inRect, type Road, roadRect } from './roads.ts';

const DASH_M = 3;
const DASH_PITCH_M = 8;

export function addRoads(mb: MeshBuilder, roads: readonly Road[], dashes = true): void {
  const rects = roads.map((r) => roadRect(r));
  roads.forEach((r, i) => {
    const outer = rects[i];
    if (!outer) return;
    const walkColor = r.width === 12 && r.walk > 2.5 ? '#d8cfbf' : COLORS.sidewalk;
    mb.flat(outer.minX, outer.minZ, outer.maxX, outer.maxZ, GROUND_Y.pave, walkColor);
    const a = roadRect(r, r.walk);
    mb.flat(a.minX, a.minZ, a.maxX, a.maxZ, GROUND_Y.detail, COLORS.asphalt);
    if (!dashes) return;
    for (let t = r.from + DASH_PITCH_M / 2; t + DASH_M < r.to; t += DASH_PITCH_M) {
      const mid = t + DASH_M / 2;
      const [x, z] = r.axis === 'x' ? [mid, r.c] : [r.c, mid];
      if (rects.some((o, j) => j !== i && inRect(o, x, z, DASH_M + 4))) continue;
      if (r.axis === 'x') mb.flat(t, r.c - 0.09, t + DASH_M, r.c + 0.09, GROUND_Y.accent, COLORS.marking);
      else mb.flat(r.c - 0.09, t, r.c + 0.09, t + DASH_M, GROUND_Y.accent, COLORS.marking);
    }
  });
}

/** Zebra crossings over the avenue where each booth street begins. */
export function addCrossings(mb: MeshBuilder, layout: CityLayout): void {
  for (const s of layout.streets) {
    for (let x = AVENUE_X - 4; x < AVENUE_X + 4; x += 1.1) {
      mb.flat(x, s.z - 1.6, x + 0.55, s.z + 1.6, GROUND_Y.accent, COLORS.marking);
    }
  }
}
