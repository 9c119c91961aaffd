// Paving of the civic core (client only): Losari promenade and its platform, the fort's forecourt
// and courtyard path, the Balai Kota plaza, Karebosi's field, track and pitch, the Mandala park.
import { PlaneGeometry } from 'three';
import { FORT, KAREBOSI, LOSARI, MANDALA, PLAZA, SHORE_X, SPAWN } from '../../../shared/cityPlan.ts';
import { FLAGPOLE } from './balaiKotaGeometry.ts';
import { GROUND_Y } from './groundBase.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

const P = GROUND_Y.pave;
const D = GROUND_Y.detail;
const A = GROUND_Y.accent;
const T = GROUND_Y.top;

export function addCivicGround(mb: MeshBuilder): void {
  const pr = LOSARI.promenade;
  mb.flat(pr.minX, pr.minZ, pr.maxX, pr.maxZ, P, COLORS.promenade);
  for (let z = pr.minZ + 4; z < pr.maxZ; z += 8) mb.flat(pr.minX, z, pr.maxX, z + 0.6, D, COLORS.pavingBand);
  const lz = LOSARI.letters.z;
  mb.flat(SHORE_X, lz - 27, SHORE_X + 12.5, lz + 27, A, '#ebe2d2');
  mb.flat(SHORE_X + 11.9, lz - 27, SHORE_X + 12.5, lz + 27, T, COLORS.makassarRed);
  for (let z = lz - 24; z < lz + 26; z += 4) mb.flat(SHORE_X, z, SHORE_X + 11.9, z + 0.2, T, '#cfc3ad');
  for (let x = SHORE_X + 2; x < SHORE_X + 12; x += 4) mb.flat(x, lz - 27, x + 0.2, lz + 27, T, '#cfc3ad');
  mb.flat(SHORE_X, -170, -93, pr.minZ, P, COLORS.promenade);

  const f = FORT;
  mb.flat(SHORE_X + 7, f.centre.z - 3, f.centre.x + 6, f.centre.z + 3, P, '#d8cdb5');
  mb.ring(0, 7, 16, '#d8cdb5', [f.centre.x + 4, P, f.centre.z]);

  // Plaza and the forecourt of Balai Kota, with a band grid and a ring around the spawn point.
  mb.flat(PLAZA.minX, PLAZA.minZ, PLAZA.maxX, PLAZA.maxZ, P, COLORS.paving);
  mb.flat(-24, -66, 24, PLAZA.minZ, P, COLORS.paving);
  for (let x = PLAZA.minX + 7.5; x < PLAZA.maxX; x += 7.5)
    mb.flat(x - 0.25, -66, x + 0.25, PLAZA.maxZ, D, '#cdbfa6');
  for (let z = PLAZA.minZ + 5; z < PLAZA.maxZ; z += 7.5)
    mb.flat(PLAZA.minX, z - 0.25, PLAZA.maxX, z + 0.25, D, '#cdbfa6');
  mb.ring(0, 5.2, 24, '#efe6d3', [SPAWN.x, A, SPAWN.z]);
  mb.ring(5.2, 6.1, 24, COLORS.makassarRed, [SPAWN.x, A, SPAWN.z]);
  for (let i = 0; i < 8; i++) {
    mb.ring(
      1.2,
      5.2,
      1,
      i % 2 ? '#d9b38c' : COLORS.pavingBand,
      [SPAWN.x, T, SPAWN.z],
      (i * Math.PI) / 4,
      0.12,
    );
  }
  mb.ring(0, 3.2, 16, '#d6cbb6', [FLAGPOLE.x, A, FLAGPOLE.z]);

  addKarebosi(mb);
  addTaman(mb);
  mb.ring(0, 24, 28, COLORS.lawnDark, [MANDALA.x, P, MANDALA.z]);
  mb.ring(8.5, 12, 28, COLORS.paving, [MANDALA.x, D, MANDALA.z]);
  for (let i = 0; i < 4; i++) {
    const a = (i * Math.PI) / 2;
    mb.add(
      flatStrip(12, 3),
      COLORS.paving,
      [MANDALA.x + Math.cos(a) * 18, D, MANDALA.z + Math.sin(a) * 18],
      [0, -a, 0],
    );
  }
}

function addKarebosi(mb: MeshBuilder): void {
  const k = KAREBOSI;
  mb.flat(k.minX, k.minZ, k.maxX, k.maxZ, P, COLORS.field);
  // Running track: a rounded rectangle ring inset 3 m, 3.4 m wide.
  const inset = 3;
  const w = 3.4;
  const r = 9;
  const x0 = k.minX + inset;
  const x1 = k.maxX - inset;
  const z0 = k.minZ + inset;
  const z1 = k.maxZ - inset;
  mb.flat(x0 + r, z0, x1 - r, z0 + w, D, COLORS.track);
  mb.flat(x0 + r, z1 - w, x1 - r, z1, D, COLORS.track);
  mb.flat(x0, z0 + r, x0 + w, z1 - r, D, COLORS.track);
  mb.flat(x1 - w, z0 + r, x1, z1 - r, D, COLORS.track);
  const corners = [
    [x1 - r, z0 + r, 0],
    [x0 + r, z0 + r, Math.PI / 2],
    [x0 + r, z1 - r, Math.PI],
    [x1 - r, z1 - r, Math.PI * 1.5],
  ] as const;
  for (const [cx, cz, start] of corners) mb.ring(r - w, r, 6, COLORS.track, [cx, D, cz], start, Math.PI / 2);
  // Football pitch lines.
  const cx = (k.minX + k.maxX) / 2;
  const cz = (k.minZ + k.maxZ) / 2;
  const hx = 17;
  const hz = 11;
  const line = 0.25;
  const M = GROUND_Y.accent;
  mb.flat(cx - hx, cz - hz, cx + hx, cz - hz + line, M, COLORS.marking);
  mb.flat(cx - hx, cz + hz - line, cx + hx, cz + hz, M, COLORS.marking);
  mb.flat(cx - hx, cz - hz, cx - hx + line, cz + hz, M, COLORS.marking);
  mb.flat(cx + hx - line, cz - hz, cx + hx, cz + hz, M, COLORS.marking);
  mb.flat(cx - line / 2, cz - hz, cx + line / 2, cz + hz, M, COLORS.marking);
  mb.ring(4.2, 4.45, 20, COLORS.marking, [cx, M, cz]);
  for (const side of [-1, 1]) {
    const gx = cx + side * hx;
    mb.flat(Math.min(gx, gx - side * 5), cz - 6, Math.max(gx, gx - side * 5), cz - 5.75, M, COLORS.marking);
    mb.flat(Math.min(gx, gx - side * 5), cz + 5.75, Math.max(gx, gx - side * 5), cz + 6, M, COLORS.marking);
    mb.flat(gx - side * 5 - line / 2, cz - 6, gx - side * 5 + line / 2, cz + 6, M, COLORS.marking);
  }
}

/** The park between Losari and the plaza: two crossing paths and a fountain where they meet. */
export const FOUNTAIN = { x: -30, z: 8, r: 4.5 } as const;

function addTaman(mb: MeshBuilder): void {
  const f = FOUNTAIN;
  mb.flat(-75, f.z - 1.6, KAREBOSI.minX, f.z + 1.6, P, COLORS.paving);
  mb.flat(f.x - 1.6, PLAZA.maxZ, f.x + 1.6, 42.5, P, COLORS.paving);
  mb.ring(0, f.r + 2.5, 20, COLORS.paving, [f.x, D, f.z]);
  mb.ring(f.r - 0.5, f.r, 20, COLORS.white, [f.x, A, f.z]);
  mb.ring(0, f.r - 0.5, 20, COLORS.water, [f.x, A, f.z]);
}

/** A flat strip `length` long (along x) and `width` wide, centred on the origin. */
function flatStrip(length: number, width: number) {
  return new PlaneGeometry(length, width).rotateX(-Math.PI / 2);
}
