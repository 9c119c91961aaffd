// Balai Kota Makassar (client only): the white colonial hall facing south onto the plaza, with its
// columned portico and red hip roof, the ~11-floor glass-and-white office tower behind it, and the
// plaza's flagpole with the red-white flag.
import { BALAI_KOTA } from '../../../shared/cityPlan.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';
import { convexSolid } from './solids.ts';

const BODY_M = 8.6;
export const FLAGPOLE = { x: -13, z: -54, heightM: 15 } as const;

export function addBalaiKota(mb: MeshBuilder): void {
  const hall = BALAI_KOTA.hall;
  const w = hall.maxX - hall.minX;
  const d = hall.maxZ - hall.minZ;
  const cx = (hall.minX + hall.maxX) / 2;
  const cz = (hall.minZ + hall.maxZ) / 2;
  const front = hall.maxZ;
  mb.box(w + 0.8, 0.8, d + 0.8, '#d8cfbd', [cx, 0, cz]);
  mb.box(w, BODY_M, d, COLORS.cream, [cx, 0.8, cz]);
  mb.box(w + 0.4, 0.35, d + 0.4, COLORS.white, [cx, 4.9, cz]);
  mb.box(w + 1, 0.6, d + 1, COLORS.white, [cx, 0.8 + BODY_M, cz]);
  mb.hip(w + 2, d + 2, 4, COLORS.roofRed, [cx, 1.4 + BODY_M, cz]);
  for (let x = -20; x <= 20; x += 3.3) {
    if (Math.abs(x) < 8) continue;
    for (const y of [1.7, 5.8]) {
      mb.box(1.6, 2.7, 0.2, COLORS.white, [cx + x, y - 0.15, front + 0.02]);
      mb.box(1.2, 2.3, 0.2, COLORS.window, [cx + x, y, front + 0.08]);
    }
  }
  for (const side of [-1, 1]) {
    for (let z = -5; z <= 5; z += 3.3) {
      for (const y of [1.7, 5.8])
        mb.box(0.2, 2.3, 1.2, COLORS.window, [cx + side * (w / 2 + 0.05), y, cz + z]);
    }
  }
  // Portico: steps, six columns, entablature and a white pediment under a red roof.
  const pd = 6.4;
  const pz = front + pd / 2;
  mb.box(15.4, 0.4, pd + 1.6, '#d8cfbd', [cx, 0, pz + 0.8]);
  mb.box(14.4, 0.8, pd, '#e6dfd0', [cx, 0, pz]);
  for (let i = 0; i < 6; i++) {
    const x = cx - 6 + i * 2.4;
    mb.cyl(0.38, 0.42, 7.6, 10, COLORS.white, [x, 0.8, front + pd - 0.6]);
    mb.box(1, 0.4, 1, COLORS.white, [x, 0.8, front + pd - 0.6]);
  }
  mb.box(2.4, 4, 0.2, '#4a3a2c', [cx, 0.8, front + 0.05]);
  mb.box(14.4, 1.3, pd, COLORS.white, [cx, 8.4, pz]);
  const y0 = 9.7;
  const zf = front + pd;
  mb.add(
    convexSolid([
      [
        [cx - 7.2, y0, zf],
        [cx + 7.2, y0, zf],
        [cx, y0 + 2.5, zf],
      ],
      [
        [cx - 7.2, y0, zf - 1],
        [cx + 7.2, y0, zf - 1],
        [cx, y0 + 2.5, zf - 1],
      ],
      [
        [cx - 7.2, y0, zf],
        [cx + 7.2, y0, zf],
        [cx + 7.2, y0, zf - 1],
        [cx - 7.2, y0, zf - 1],
      ],
      [
        [cx - 7.2, y0, zf],
        [cx, y0 + 2.5, zf],
        [cx, y0 + 2.5, zf - 1],
        [cx - 7.2, y0, zf - 1],
      ],
      [
        [cx + 7.2, y0, zf],
        [cx, y0 + 2.5, zf],
        [cx, y0 + 2.5, zf - 1],
        [cx + 7.2, y0, zf - 1],
      ],
    ]),
    COLORS.white,
  );
  mb.gable(pd + 0.4, 15.2, 2.7, COLORS.roofRed, [cx, y0 + 0.02, pz - 0.2], Math.PI / 2);
  addTower(mb);
  addFlag(mb);
}

function addTower(mb: MeshBuilder): void {
  const t = BALAI_KOTA.tower;
  const w = t.maxX - t.minX;
  const d = t.maxZ - t.minZ;
  const cx = (t.minX + t.maxX) / 2;
  const cz = (t.minZ + t.maxZ) / 2;
  const fh = BALAI_KOTA.floorHeightM;
  const top = BALAI_KOTA.towerFloors * fh;
  mb.box(w - 1, fh, d - 1, COLORS.glassDark, [cx, 0, cz]);
  for (let f = 1; f < BALAI_KOTA.towerFloors; f++) {
    mb.box(w + 0.3, 0.9, d + 0.3, COLORS.white, [cx, f * fh, cz]);
    mb.box(w - 0.2, fh - 0.9, d - 0.2, f === 9 ? '#4d7f9e' : COLORS.glass, [cx, f * fh + 0.9, cz]);
  }
  for (let i = -2; i <= 2; i++) {
    for (const side of [-1, 1]) {
      mb.box(0.7, top - fh, 0.9, COLORS.white, [cx + i * 4.6, fh, cz + side * (d / 2 + 0.1)]);
    }
  }
  for (const side of [-1, 1]) {
    for (const z of [-d / 4, d / 4])
      mb.box(0.9, top - fh, 0.7, COLORS.white, [cx + side * (w / 2 + 0.1), fh, cz + z]);
  }
  mb.box(w + 0.8, 1.4, d + 0.8, COLORS.white, [cx, top, cz]);
  mb.box(w + 0.9, 0.5, d + 0.9, COLORS.makassarRed, [cx, top + 1.4, cz]);
  mb.box(8, 3.5, 6, COLORS.white, [cx, top + 1.4, cz]);
  mb.cyl(0.12, 0.12, 7, 5, COLORS.steel, [cx + 2, top + 4.9, cz]);
}

function addFlag(mb: MeshBuilder): void {
  const { x, z, heightM: h } = FLAGPOLE;
  mb.box(3.2, 0.4, 3.2, '#cfc6b4', [x, 0, z]);
  mb.box(2.2, 0.4, 2.2, '#e4dccb', [x, 0.4, z]);
  mb.cyl(0.09, 0.14, h, 8, COLORS.white, [x, 0.8, z]);
  mb.dome(0.22, 8, COLORS.gold, [x, 0.8 + h, z], 1.6);
  // Merah Putih: red over white, 3.6 × 2.4 m, rippled in four panels flying east.
  const top = h + 0.5;
  for (let i = 0; i < 4; i++) {
    const px = x + 0.45 + i * 0.9;
    const ripple = i % 2 === 0 ? 0.22 : -0.22;
    const pz = z + (i % 2 === 0 ? 0 : 0.12);
    mb.box(0.95, 1.2, 0.05, COLORS.makassarRed, [px, top - 1.2, pz], ripple);
    mb.box(0.95, 1.2, 0.05, COLORS.white, [px, top - 2.4, pz], ripple);
  }
}
