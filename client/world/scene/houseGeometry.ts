// Unit geometries of the background city (client only), instanced. A Bugis-Makassar rumah panggung:
// a house on stilts, the ridge running front to back so the tiered gable (timpa' laja) faces the
// street at +z, crossed anjong timbers at the ridge ends. A ruko (shophouse block) is a 1 m cube
// with window bands, scaled per instance; its optional hip roof is a separate unit.
import { type BufferGeometry, CylinderGeometry } from 'three';
import { MeshBuilder } from './meshBuilder.ts';

const STILT_M = 2.2;
const WALL_M = 3;
const W = 6;
const D = 9;

/** Walls (white: painted by the instance colour), stilts, windows, door and stairs. */
export function stiltHouseGeometry(): BufferGeometry {
  const mb = new MeshBuilder();
  for (const x of [-W / 2 + 0.3, W / 2 - 0.3]) {
    for (const z of [-D / 2 + 0.4, 0, D / 2 - 0.4]) {
      mb.add(new CylinderGeometry(0.14, 0.14, STILT_M, 3, 1, true).translate(0, STILT_M / 2, 0), '#6b5846', [
        x,
        0,
        z,
      ]);
    }
  }
  mb.box(W, WALL_M, D, '#ffffff', [0, STILT_M, 0]);
  for (const z of [-2.4, 0.6, 3]) {
    mb.plane(1.1, 1.3, '#3a3026', [W / 2 + 0.02, STILT_M + 1.6, z], [0, Math.PI / 2, 0]);
    mb.plane(1.1, 1.3, '#3a3026', [-W / 2 - 0.02, STILT_M + 1.6, z], [0, -Math.PI / 2, 0]);
  }
  mb.plane(1.1, 1.3, '#3a3026', [-1.6, STILT_M + 1.6, D / 2 + 0.02]);
  mb.plane(1, 2.1, '#4a3526', [0.8, STILT_M + 1.05, D / 2 + 0.02]);
  mb.plane(1.1, 3.4, '#7a6450', [0.8, STILT_M / 2, D / 2 + 1.3], [-1.2, 0, 0]);
  mb.plane(W + 0.1, 0.35, '#7a6450', [0, STILT_M, D / 2 + 0.03]);
  return mb.build();
}

/** The steep gable roof with tiered front gable and anjong; white where the instance colours it. */
export function stiltRoofGeometry(): BufferGeometry {
  const mb = new MeshBuilder();
  const y = STILT_M + WALL_M;
  mb.gable(D + 1.2, W + 1.4, 3.4, '#ffffff', [0, y, 0], Math.PI / 2);
  const z = D / 2 + 0.62;
  mb.gable(0.05, W + 0.8, 3.3, '#e9dcc2', [0, y + 0.02, z], Math.PI / 2);
  mb.plane(4.4, 0.14, '#5a4634', [0, y + 1, z + 0.05]);
  mb.plane(2.4, 0.14, '#5a4634', [0, y + 2, z + 0.05]);
  for (const lean of [-0.55, 0.55]) mb.plane(0.22, 1.6, '#4a3526', [0, y + 3.3, z + 0.06], [0, 0, lean]);
  return mb.build();
}

const RUKO_BANDS = [
  [0.05, 0.22, '#59524a'],
  [0.42, 0.16, '#4a5866'],
  [0.7, 0.16, '#4a5866'],
] as const;
/** Phone tier: the shop front and one taller window band (28 instead of 36 triangles). */
const RUKO_BANDS_LITE = [
  [0.05, 0.22, '#59524a'],
  [0.5, 0.26, '#4a5866'],
] as const;

/**
 * A 1 m cube (base at 0) with window bands on every side (three, or two when `lite`); walls white for
 * the instance colour.
 */
export function rukoGeometry(lite = false): BufferGeometry {
  const mb = new MeshBuilder();
  mb.box(1, 1, 1, '#ffffff', [0, 0, 0]);
  for (const [y, h, hex] of lite ? RUKO_BANDS_LITE : RUKO_BANDS) {
    for (let side = 0; side < 4; side++) {
      const a = (side * Math.PI) / 2;
      mb.plane(0.86, h, hex, [Math.sin(a) * 0.503, y + h / 2, Math.cos(a) * 0.503], [0, a, 0]);
    }
  }
  return mb.build();
}

/** A hip roof unit over a 1 × 1 m top, 1 m high before scaling. */
export function rukoRoofGeometry(): BufferGeometry {
  return new MeshBuilder().hip(1.08, 1.08, 1, '#ffffff', [0, 0, 0]).build();
}
