// Smaller civic landmarks (client only): Monumen Mandala (a tall tapering tower with a red flame on
// a stepped base), Karebosi's goals and "km 0" marker, posts and backs of the standing name plates.
import { CylinderGeometry } from 'three';
import { KAREBOSI, MANDALA } from '../../../shared/cityPlan.ts';
import { FOUNTAIN } from './groundCivic.ts';
import { LANDMARK_PLATES, PLATE_ASPECT } from './landmarkLabels.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

export function addCivic(mb: MeshBuilder): void {
  const { x, z, baseSize: s, heightM } = MANDALA;
  mb.box(s + 6, 0.35, s + 6, '#d9d4ca', [x, 0, z]);
  mb.box(s + 3, 0.35, s + 3, '#e4dfd5', [x, 0.35, z]);
  mb.box(s, 4.2, s, '#efeae0', [x, 0.7, z]);
  mb.box(s + 0.3, 0.9, s + 0.3, '#b9a27a', [x, 2.2, z]);
  mb.box(s - 4, 2, s - 4, COLORS.white, [x, 4.9, z]);
  const shaftBase = 6.9;
  const shaftTop = heightM - 5;
  mb.cyl(0.95, 3.5, shaftTop - shaftBase, 4, '#f1f2f0', [x, shaftBase, z], [0, Math.PI / 4, 0]);
  for (const side of [-1, 1]) {
    mb.cyl(
      0.35,
      1.1,
      shaftTop - shaftBase - 6,
      4,
      '#d9dde0',
      [x + side * 2.2, shaftBase, z],
      [0, Math.PI / 4, 0],
    );
  }
  mb.cyl(1.3, 1.0, 0.8, 8, COLORS.gold, [x, shaftTop, z]);
  mb.cyl(0, 1.3, 4.2, 7, COLORS.makassarRed, [x, shaftTop + 0.8, z]);
  mb.cyl(0, 0.7, 5.4, 6, '#f08a24', [x + 0.2, shaftTop + 0.8, z + 0.1]);

  // The park fountain: a low white rim and a two-tier spout.
  const f = FOUNTAIN;
  mb.add(new CylinderGeometry(f.r, f.r + 0.1, 0.5, 20, 1, true).translate(0, 0.25, 0), COLORS.white, [
    f.x,
    0,
    f.z,
  ]);
  mb.ring(f.r - 0.35, f.r, 20, COLORS.white, [f.x, 0.5, f.z]);
  mb.ring(0, f.r - 0.3, 20, COLORS.water, [f.x, 0.38, f.z]);
  mb.cyl(1.2, 1.4, 1.4, 10, COLORS.white, [f.x, 0, f.z]);
  mb.cyl(0.25, 0.3, 1.6, 6, '#dfe8ec', [f.x, 1.4, f.z]);
  mb.cyl(0, 0.9, 1.1, 8, '#bfe6f2', [f.x, 2.4, f.z]);

  // Karebosi: two goals and the km 0 obelisk at the north-west corner.
  const kx = (KAREBOSI.minX + KAREBOSI.maxX) / 2;
  const kz = (KAREBOSI.minZ + KAREBOSI.maxZ) / 2;
  for (const side of [-1, 1]) {
    const gx = kx + side * 17;
    for (const dz of [-3.6, 3.6]) mb.box(0.15, 2.4, 0.15, COLORS.white, [gx, 0, kz + dz]);
    mb.box(0.15, 0.15, 7.35, COLORS.white, [gx, 2.4, kz]);
  }
  mb.box(1.6, 0.5, 1.6, '#cfc6b4', [KAREBOSI.minX + 1.5, 0, KAREBOSI.minZ + 1.5]);
  mb.cyl(
    0.2,
    0.5,
    3.2,
    4,
    COLORS.white,
    [KAREBOSI.minX + 1.5, 0.5, KAREBOSI.minZ + 1.5],
    [0, Math.PI / 4, 0],
  );
  mb.cyl(
    0,
    0.2,
    0.6,
    4,
    COLORS.makassarRed,
    [KAREBOSI.minX + 1.5, 3.7, KAREBOSI.minZ + 1.5],
    [0, Math.PI / 4, 0],
  );

  for (const p of LANDMARK_PLATES) {
    if (!p.posts) continue;
    const h = p.w / PLATE_ASPECT;
    const c = Math.cos(p.rotY);
    const sn = Math.sin(p.rotY);
    for (const side of [-1, 1]) {
      const lx = side * (p.w / 2 + 0.1);
      mb.box(
        0.16,
        p.y + h / 2 + 0.2,
        0.16,
        COLORS.woodDark,
        [p.x + lx * c - 0.1 * sn, 0, p.z - lx * sn - 0.1 * c],
        p.rotY,
      );
    }
    mb.box(
      p.w + 0.3,
      h + 0.3,
      0.1,
      COLORS.woodDark,
      [p.x - 0.08 * sn, p.y - h / 2 - 0.15, p.z - 0.08 * c],
      p.rotY,
    );
  }
}
