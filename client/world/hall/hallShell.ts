// The room of Aula Sipakatau (client only): polished plank floor with a red carpet down the centre
// aisle, cream walls on a dark wood wainscot, tall warm windows between carved wooden pillars, a
// wooden ceiling with beams and the double door at the back. Walls and ceiling are single-sided
// planes facing into the room, so a camera outside (looking down) sees in. One merged geometry.
// Metres, from shared/session/hallPlan.ts: stage at the north end (−z).
import type { BufferGeometry } from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import { MeshBuilder } from '../scene/meshBuilder.ts';
import { HALL_COLORS as C } from './hallColors.ts';
import { addStage } from './hallStage.ts';

/** Height of the walls and the ceiling, metres. */
const HALL_HEIGHT_M = 17;
const PLANK_M = 0.8;
const WAINSCOT_M = 1.3;
/** Pillars stand along the side walls at these z (metres). */
const PILLAR_ZS = [-15, -9, -3, 3, 9, 15] as const;
const AISLE_HALF_M = HALL.seats.aisleHalfWidthM - 0.2;
/** Pillar centres stand this far in from the side walls (half their widest part, the capital). */
const PILLAR_INSET_M = 0.8;

function addFloor(mb: MeshBuilder): void {
  const { minX, maxX, minZ, maxZ } = HALL.bounds;
  const tones = [C.plankA, C.plankB, C.plankC, C.plankB];
  let i = 0;
  for (let x = minX; x < maxX - 1e-6; x += PLANK_M, i++) {
    mb.flat(x, minZ, Math.min(maxX, x + PLANK_M), maxZ, 0, tones[i % tones.length] as string);
  }
  const front = HALL.stage.maxZ + 0.8;
  mb.flat(-AISLE_HALF_M, front, AISLE_HALF_M, maxZ, 0.01, C.carpet);
  for (const side of [-1, 1]) {
    const x = side * AISLE_HALF_M;
    mb.flat(Math.min(x, x - side * 0.12), front, Math.max(x, x - side * 0.12), maxZ, 0.015, C.gold);
  }
}

/** One wall: a plane of length `len` centred at (x, z), facing the room (rotY), with wainscot. */
function addWall(mb: MeshBuilder, x: number, z: number, len: number, rotY: number): void {
  const h = HALL_HEIGHT_M;
  const nx = Math.round(Math.sin(rotY) * 1000) / 1000;
  const nz = Math.round(Math.cos(rotY) * 1000) / 1000;
  mb.plane(len, h - 10, C.wallCream, [x, 10 + (h - 10) / 2, z], [0, rotY, 0]);
  mb.plane(len, 10 - WAINSCOT_M, C.wallCream, [x, WAINSCOT_M + (10 - WAINSCOT_M) / 2, z], [0, rotY, 0]);
  mb.plane(len, 1.4, C.wallOchre, [x + nx * 0.01, h - 0.7, z + nz * 0.01], [0, rotY, 0]);
  mb.plane(len, WAINSCOT_M, C.woodCarved, [x + nx * 0.02, WAINSCOT_M / 2, z + nz * 0.02], [0, rotY, 0]);
  mb.plane(len, 0.12, C.gold, [x + nx * 0.03, WAINSCOT_M, z + nz * 0.03], [0, rotY, 0]);
}

/** A carved wooden pillar against a side wall: base, ringed shaft, gold bands, flared capital. */
function addPillar(mb: MeshBuilder, x: number, z: number): void {
  const h = HALL_HEIGHT_M;
  mb.box(1.2, 0.5, 1.2, C.woodDark, [x, 0, z]);
  mb.box(0.8, h - 1.5, 0.8, C.woodCarved, [x, 0.5, z]);
  for (let y = 2; y < h - 2; y += 2.2) mb.box(0.92, 0.22, 0.92, C.woodDark, [x, y, z]);
  for (const y of [1.2, h - 2.2]) mb.box(0.9, 0.3, 0.9, C.gold, [x, y, z]);
  mb.box(1.3, 0.5, 1.3, C.woodDark, [x, h - 1.5, z]);
  mb.box(1.6, 1, 1.6, C.woodCarved, [x, h - 1, z]);
}

/** Tall windows glowing with afternoon light, between the pillars of a side wall. */
function addWindows(mb: MeshBuilder, x: number, rotY: number): void {
  const nx = Math.sign(Math.sin(rotY));
  for (let i = 0; i + 1 < PILLAR_ZS.length; i++) {
    const z = ((PILLAR_ZS[i] as number) + (PILLAR_ZS[i + 1] as number)) / 2;
    mb.plane(2.6, 6.6, C.windowFrame, [x + nx * 0.04, 7.3, z], [0, rotY, 0]);
    mb.plane(2.1, 6, C.window, [x + nx * 0.06, 7.3, z], [0, rotY, 0]);
    mb.plane(0.12, 6, C.windowFrame, [x + nx * 0.08, 7.3, z], [0, rotY, 0]);
    mb.plane(2.1, 0.12, C.windowFrame, [x + nx * 0.08, 8.2, z], [0, rotY, 0]);
  }
}

function addDoor(mb: MeshBuilder): void {
  const z = HALL.bounds.maxZ - 0.05;
  mb.plane(4.4, 5.2, C.woodDark, [0, 2.6, z], [0, Math.PI, 0]);
  for (const side of [-1, 1]) {
    mb.plane(1.85, 4.5, C.woodCarved, [side * 0.98, 2.25, z - 0.02], [0, Math.PI, 0]);
    mb.plane(0.1, 0.7, C.gold, [side * 0.25, 2.2, z - 0.04], [0, Math.PI, 0]);
  }
}

function addCeiling(mb: MeshBuilder): void {
  const { minX, maxX, minZ, maxZ } = HALL.bounds;
  const h = HALL_HEIGHT_M;
  mb.plane(maxX - minX, maxZ - minZ, C.ceiling, [0, h, 0], [Math.PI / 2, 0, 0]);
  for (const z of PILLAR_ZS) mb.box(maxX - minX, 0.6, 0.5, C.beam, [0, h - 0.6, z]);
  mb.box(0.5, 0.5, maxZ - minZ, C.beam, [0, h - 0.5, 0]);
}

/** The room and the stage (hallStage.ts) as one geometry. */
export function buildHallShell(): BufferGeometry {
  const mb = new MeshBuilder();
  addStage(mb);
  const { minX, maxX, minZ, maxZ } = HALL.bounds;
  addFloor(mb);
  addWall(mb, 0, minZ, maxX - minX, 0);
  addWall(mb, 0, maxZ, maxX - minX, Math.PI);
  addWall(mb, minX, 0, maxZ - minZ, Math.PI / 2);
  addWall(mb, maxX, 0, maxZ - minZ, -Math.PI / 2);
  for (const z of PILLAR_ZS) {
    addPillar(mb, minX + PILLAR_INSET_M, z);
    addPillar(mb, maxX - PILLAR_INSET_M, z);
  }
  addWindows(mb, minX, Math.PI / 2);
  addWindows(mb, maxX, -Math.PI / 2);
  addDoor(mb);
  addCeiling(mb);
  return mb.build();
}
