// Small signs of city life (client only), merged into the street furniture: pisang epe stalls with
// umbrellas along the Losari promenade and blue pete-pete minibuses parked at the kerbs. They are
// decoration only and do not block walking.
import { LOSARI } from '../../../shared/cityPlan.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { AVENUE_X, SHORE_ROAD_X } from './roads.ts';

const UMBRELLAS = ['#d8361f', '#f0b429', '#1f6fd6', '#2d9a5a', '#e8660c'];

export function addStreetLife(mb: MeshBuilder): void {
  const pr = LOSARI.promenade;
  let k = 0;
  for (let z = pr.minZ + 9.5; z < pr.maxZ - 4; z += 11) {
    if (Math.abs(z - LOSARI.letters.z) < 30 || Math.abs(z - 70) < 7) continue;
    const x = pr.maxX - 4;
    mb.box(1.8, 0.95, 0.9, '#7a4e2c', [x, 0, z]);
    mb.box(1.9, 0.06, 1, '#e9e2d2', [x, 0.95, z]);
    mb.cyl(0.04, 0.04, 2.3, 4, '#3a3a3a', [x, 0, z + 0.6]);
    mb.cyl(0, 1.5, 0.55, 8, UMBRELLAS[k % UMBRELLAS.length] ?? '#d8361f', [x, 2.3, z + 0.6]);
    for (const dx of [-1.3, 1.3]) mb.box(0.4, 0.45, 0.4, '#3f6fb5', [x + dx, 0, z + 1.4]);
    k++;
  }
  const parked: ReadonlyArray<readonly [number, number, number]> = [
    [AVENUE_X - 3.3, -60, 0],
    [AVENUE_X - 3.3, -20, 0],
    [AVENUE_X + 3.3, 12, Math.PI],
    [AVENUE_X + 3.3, 70, Math.PI],
    [AVENUE_X - 3.3, 104, 0],
    [SHORE_ROAD_X + 2.8, -30, Math.PI],
    [SHORE_ROAD_X + 2.8, 40, Math.PI],
    [SHORE_ROAD_X - 2.8, 96, 0],
  ];
  for (const [x, z, rot] of parked) addPetePete(mb, x, z, rot);
}

/** Makassar's blue angkot minibus, 4.4 m long, nose towards -z when rot = 0. */
function addPetePete(mb: MeshBuilder, x: number, z: number, rot: number): void {
  const s = Math.sin(rot);
  const c = Math.cos(rot);
  const at = (u: number, y: number): [number, number, number] => [x + u * s, y, z - u * c];
  mb.box(1.75, 1.35, 4.4, '#2f6fc7', at(0, 0.35), rot);
  mb.box(1.78, 0.55, 3.2, '#26323d', at(-0.4, 1.0), rot);
  mb.box(1.6, 0.5, 1.1, '#2f6fc7', at(1.6, 0.35), rot);
  mb.box(1.7, 0.12, 3.6, '#e9eef2', at(-0.3, 1.7), rot);
  for (const u of [-1.4, 1.4]) mb.box(1.85, 0.55, 0.55, '#1c1c1c', at(u, 0.05), rot);
}
