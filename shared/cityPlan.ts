// The hand-placed part of virtual Makassar: shoreline and landmarks, compressed so that walking
// from the fort to the far end of the booth quarter takes about a minute. Runs on server and client.
// Metres; +x east, +z south (north is -z), y up. The Makassar Strait lies west of SHORE_X.
import { type Box, box, type Solid } from './geometry.ts';

/** Land is x >= SHORE_X; the sea is west of it. */
export const SHORE_X = -100;

/** Where visitors appear: the plaza in front of Balai Kota. */
export const SPAWN = { x: 0, z: -42 } as const;

export const FORT = {
  /** Fort Rotterdam: walls around a courtyard, five bastions, the gate on the west (sea) side. */
  centre: { x: -60, z: -110 },
  width: 56,
  depth: 46,
  wallThickness: 3,
  wallHeight: 7,
  gateWidth: 8,
  bastionSize: 9,
} as const;

export const BALAI_KOTA = {
  /** The colonial city hall facing south onto the plaza, the office tower behind it. */
  hall: box(0, -74, 44, 16),
  hallHeight: 12,
  tower: box(0, -96, 20, 16),
  towerFloors: 11,
  floorHeightM: 4,
} as const;

export const PLAZA = box(0, -40, 60, 34);

/**
 * The "Rapor Kinerja" wall and, beside it, the March 2022 awareness-poll board: on the east side of
 * the plaza facing west towards the spawn, clear of the benches and palms. Centre of each board,
 * its width along z, the height of the lower edge and of the board itself (metres).
 */
export const RAPOR_WALL = { x: 22, z: -44.5, width: 14, bottom: 1, height: 7.6 } as const;
export const POLL_BOARD = { x: 22, z: -32, width: 5, bottom: 1, height: 4 } as const;
/** The public-session board: west side of the plaza, facing the spawn across from the rapor wall. */
export const SESSION_BOARD = { x: -22, z: -44.5, width: 9.5, bottom: 1.1 } as const;
/** The "Pendataan" board (RT coverage per kecamatan): beside the session board, across from the poll. */
export const PENDATAAN_BOARD = { x: -22, z: -32, width: 7, bottom: 1 } as const;
/** Depth of a board with its frame, for walking and the camera. */
const BOARD_DEPTH_M = 0.6;

export const KAREBOSI = box(42, 4, 56, 52);

export const MANDALA = { x: 42, z: 88, baseSize: 14, heightM: 40 } as const;

export const LOSARI = {
  /** The promenade along the shore, and the platform with the red letters. */
  promenade: { minX: SHORE_X, maxX: SHORE_X + 12, minZ: -60, maxZ: 130 } satisfies Box,
  letters: { text: 'CITY OF MAKASSAR', x: SHORE_X + 4, z: 0, lengthM: 34, heightM: 3.2 },
} as const;

export const FLOATING_MOSQUE = { x: SHORE_X - 30, z: 70, size: 22 } as const;

export const LAE_LAE = { x: SHORE_X - 120, z: -40, r: 26 } as const;

/** Solids of the landmarks that block walking (booths add their own). */
export function landmarkSolids(): Solid[] {
  const f = FORT;
  const halfW = f.width / 2;
  const halfD = f.depth / 2;
  const t = f.wallThickness;
  const { x: cx, z: cz } = f.centre;
  const gateHalf = f.gateWidth / 2;
  const westWallLength = (f.depth - f.gateWidth) / 2;
  const solids: Solid[] = [
    box(cx, cz - halfD, f.width, t), // north wall
    box(cx, cz + halfD, f.width, t), // south wall
    box(cx + halfW, cz, t, f.depth), // east wall
    box(cx - halfW, cz - gateHalf - westWallLength / 2, t, westWallLength), // west wall, north of the gate
    box(cx - halfW, cz + gateHalf + westWallLength / 2, t, westWallLength), // west wall, south of the gate
  ];
  for (const [bx, bz] of fortBastions()) solids.push(box(bx, bz, f.bastionSize, f.bastionSize));
  for (const b of fortBuildings()) solids.push(b.rot ? box(b.x, b.z, b.d, b.w) : box(b.x, b.z, b.w, b.d));
  solids.push(BALAI_KOTA.hall, BALAI_KOTA.tower);
  solids.push(box(MANDALA.x, MANDALA.z, MANDALA.baseSize, MANDALA.baseSize));
  solids.push(box(LOSARI.letters.x, LOSARI.letters.z, 1.2, LOSARI.letters.lengthM));
  for (const b of [RAPOR_WALL, POLL_BOARD, SESSION_BOARD, PENDATAAN_BOARD])
    solids.push(box(b.x, b.z, BOARD_DEPTH_M, b.width));
  return solids;
}

/** The colonial buildings inside the fort: centre, length `w` along their ridge, depth `d`;
 *  rot = π/2 turns the ridge north–south. */
export function fortBuildings(): Array<{ x: number; z: number; w: number; d: number; rot: number }> {
  const { x: cx, z: cz } = FORT.centre;
  const hw = FORT.width / 2;
  const hd = FORT.depth / 2;
  return [
    { x: cx + 2, z: cz - hd + 6.5, w: 30, d: 7, rot: 0 },
    { x: cx + 2, z: cz + hd - 6.5, w: 30, d: 7, rot: 0 },
    { x: cx + hw - 6.5, z: cz, w: 18, d: 7, rot: Math.PI / 2 },
    { x: cx + 1, z: cz, w: 11, d: 6.5, rot: 0 },
  ];
}

/** Centres of the fort's five bastions: four corners and one in the middle of the east wall. */
export function fortBastions(): Array<[number, number]> {
  const { x, z } = FORT.centre;
  const hw = FORT.width / 2;
  const hd = FORT.depth / 2;
  return [
    [x - hw, z - hd],
    [x + hw, z - hd],
    [x - hw, z + hd],
    [x + hw, z + hd],
    [x + hw, z],
  ];
}
