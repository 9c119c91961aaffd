// The land itself (client only): a mottled base plane east of the shore (parks inside the walkable
// bounds, warmer kampung ground beyond them), the seawall, the beach south of the promenade and the
// port quay to the north. Heights of the ground layers live in GROUND_Y.
import { Color, Float32BufferAttribute, PlaneGeometry } from 'three';
import { LOSARI, SHORE_X } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { noise2 } from '../../../shared/random.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';
import { CITY_REACH_M } from './roads.ts';

/**
 * Stacked ground layers, metres above the base plane, ≥ 3 cm apart against z-fighting: `under` for
 * quay and beach, `pave` for sidewalks, plaza, fields; `detail` for asphalt, bands and the track
 * (never overlapping each other); `accent` for markings and inlays; `top` for inlays on inlays.
 */
export const GROUND_Y = {
  under: 0.015,
  pave: 0.04,
  detail: 0.07,
  accent: 0.1,
  top: 0.13,
  shadow: 0.16,
} as const;
/** The sea surface. */
export const SEA_Y = -0.8;
const LAND_EXTENT_M = 1700;
const BEACH_FROM_Z = LOSARI.promenade.maxZ + 4;
const QUAY_TO_Z = -172;
const QUAY_FROM_Z = -340;

export function addLand(mb: MeshBuilder, layout: CityLayout): void {
  const b = layout.bounds;
  const plane = new PlaneGeometry(LAND_EXTENT_M, LAND_EXTENT_M * 1.6, 26, 42).rotateX(-Math.PI / 2);
  plane.translate(SHORE_X + LAND_EXTENT_M / 2, 0, 0);
  const pos = plane.getAttribute('position');
  const colors = new Float32Array(pos.count * 3);
  const lawn = new Color(COLORS.lawn);
  const dark = new Color(COLORS.lawnDark);
  const urban = new Color('#b9ae8f');
  const c = new Color();
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const z = pos.getZ(i);
    c.copy(lawn).lerp(dark, noise2(x, z, 70) * 0.9);
    const out = Math.max(x - b.maxX, b.minZ - z, z - b.maxZ, 0);
    const kampung =
      Math.min(1, out / 40) * (1 - Math.min(1, Math.max(0, Math.hypot(x, z) - CITY_REACH_M) / 200));
    c.lerp(urban, kampung * (0.55 + 0.35 * noise2(x + 500, z, 90)));
    colors.set([c.r, c.g, c.b], i * 3);
  }
  plane.setAttribute('color', new Float32BufferAttribute(colors, 3));
  mb.add(plane, null);

  // Seawall along the promenade and the port; a sloping beach south of the promenade.
  const wallLen = BEACH_FROM_Z + LAND_EXTENT_M * 0.8;
  const wall = new PlaneGeometry(wallLen, 3).rotateY(-Math.PI / 2);
  mb.add(wall, COLORS.seawall, [SHORE_X, -1.46, BEACH_FROM_Z - wallLen / 2]);
  const beachLen = LAND_EXTENT_M * 0.8 - BEACH_FROM_Z;
  const beach = new PlaneGeometry(22, beachLen).rotateX(-Math.PI / 2).rotateZ(Math.atan2(2.4, 22));
  mb.add(beach, COLORS.sand, [SHORE_X - 11, -1.16, BEACH_FROM_Z + beachLen / 2]);
  mb.flat(SHORE_X, BEACH_FROM_Z, SHORE_X + 14, BEACH_FROM_Z + beachLen, GROUND_Y.under, COLORS.sand);
  mb.flat(SHORE_X, QUAY_FROM_Z, -8, QUAY_TO_Z, GROUND_Y.under, '#c4bdb0');
}
