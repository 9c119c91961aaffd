// Unit geometries of an OPD booth pavilion (client only), instanced once per booth. Local frame: origin
// at the footprint centre on the ground, front towards +z (the street), footprint 8 × 6 m
// (BOOTH_WIDTH_M × BOOTH_DEPTH_M). `neutral` keeps its own colours; `tinted` is white and takes the
// category colour from the instance colour. BOOTH_SIGN and BOOTH_DISPLAY place the atlas quads.
// `lite` (the phone tier) leaves out the entrance step and the kick stripe: 24 triangles fewer.
import type { BufferGeometry } from 'three';
import { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

const FLOOR_M = 0.35;
const OPENING_M = 3.45;
const EAVE_M = 4.3;
const RIDGE_M = 1.9;

/** Signboard on the fascia and the screen on the back wall: centre (local metres) and size. */
export const BOOTH_SIGN = { x: 0, y: 3.87, z: 3.16, w: 4.2, h: 0.79 } as const;
export const BOOTH_DISPLAY = { x: 0, y: 2.08, z: -2.53, w: 4.44, h: 2.5 } as const;

export function boothNeutralGeometry(lite = false): BufferGeometry {
  const mb = new MeshBuilder();
  mb.box(8.3, FLOOR_M, 6.3, '#d6cdbd', [0, 0, 0]);
  if (!lite) mb.box(3.2, 0.18, 0.7, '#c9bfae', [0, 0, 3.45]);
  mb.box(8, EAVE_M - FLOOR_M, 0.3, COLORS.cream, [0, FLOOR_M, -2.85]);
  mb.box(4.8, 2.8, 0.14, '#1b2533', [0, 0.68, -2.64]);
  for (const side of [-1, 1]) {
    mb.box(1.2, 1.05, 0.7, COLORS.white, [side * 3.05, FLOOR_M, 1.1]);
    mb.box(0.3, EAVE_M - FLOOR_M, 0.3, COLORS.wood, [side * 3.85, FLOOR_M, 2.85]);
    // Gable end (timpa' laja) with two tiers, and the crossed anjong timbers at the ridge.
    const gx = side * 4.62;
    const rot = [0, (side * Math.PI) / 2, 0] as const;
    mb.gable(0.06, 7.1, RIDGE_M - 0.05, COLORS.cream, [gx, EAVE_M + 0.02, 0]);
    mb.plane(4.6, 0.1, COLORS.woodDark, [gx + side * 0.04, EAVE_M + 0.6, 0], rot);
    mb.plane(2.4, 0.1, COLORS.woodDark, [gx + side * 0.04, EAVE_M + 1.2, 0], rot);
    for (const lean of [-0.55, 0.55]) {
      mb.plane(0.12, 1, COLORS.woodDark, [gx + side * 0.05, EAVE_M + RIDGE_M, 0], [0, rot[1], lean]);
    }
  }
  return mb.build();
}

export function boothTintedGeometry(lite = false): BufferGeometry {
  const mb = new MeshBuilder();
  mb.gable(9.2, 7.3, RIDGE_M, '#d8d8d8', [0, EAVE_M, 0]);
  mb.box(8.3, EAVE_M - OPENING_M, 0.28, '#ffffff', [0, OPENING_M, 3.0]);
  if (!lite) mb.box(8.4, 0.14, 0.05, '#ffffff', [0, 0.12, 3.16]);
  for (const side of [-1, 1]) mb.box(0.26, EAVE_M - FLOOR_M, 3.4, '#f2f2f2', [side * 3.9, FLOOR_M, -1.25]);
  return mb.build();
}
