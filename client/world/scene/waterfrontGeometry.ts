// The waterfront beyond the promenade (client only): the promenade's balustrade, Lae-Lae island with
// its jetty, Pinisi schooners and small fishing boats, and the port's quay cranes to the north.
import { LAE_LAE, LOSARI, SHORE_X } from '../../../shared/cityPlan.ts';
import { SEA_Y } from './groundBase.ts';
import { PLINTH_M } from './lettersGeometry.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';
import { convexSolid } from './solids.ts';

export function addWaterfront(mb: MeshBuilder): void {
  const pr = LOSARI.promenade;
  const gap = [66, 74];
  for (const [z0, z1] of [
    [pr.minZ, gap[0] ?? 0],
    [gap[1] ?? 0, pr.maxZ],
  ] as const) {
    mb.box(0.35, 0.75, z1 - z0, COLORS.white, [SHORE_X + 0.2, 0, (z0 + z1) / 2]);
    mb.box(0.5, 0.12, z1 - z0, COLORS.makassarRed, [SHORE_X + 0.2, 0.75, (z0 + z1) / 2]);
  }
  const l = LOSARI.letters;
  mb.box(2.2, PLINTH_M, l.lengthM + 1.6, COLORS.white, [l.x, 0, l.z]);
  const { x, z, r } = LAE_LAE;
  mb.cyl(r, r + 9, 2.4, 18, COLORS.sand, [x, SEA_Y - 1.5, z]);
  mb.cyl(r - 5, r, 0.3, 18, '#d9c58f', [x, SEA_Y + 0.9, z]);
  mb.cyl(r - 9, r - 5, 0.25, 16, COLORS.lawnDark, [x, SEA_Y + 1.2, z]);
  mb.box(18, 0.3, 2.4, '#a88d6a', [x + r + 8, SEA_Y + 1.4, z + 4]);
  for (const b of PINISI) addPinisi(mb, b.x, b.z, b.rot, b.sails);
  SMALL_BOATS.forEach(([bx, bz, rot], i) => {
    addHull(mb, bx, bz, rot, 7.5, 1, 0.8, ['#2a6fd1', '#f2f2ee', '#2d9a5a', '#f0b429'][i % 4] as string);
  });
  for (const cz of [-215, -262]) addCrane(mb, SHORE_X + 10, cz);
}

const PINISI = [
  { x: SHORE_X - 20, z: -230, rot: 0.1, sails: false },
  { x: SHORE_X - 22, z: -250, rot: -0.05, sails: false },
  { x: SHORE_X - 19, z: -198, rot: 0.15, sails: false },
  { x: -175, z: 20, rot: 2.3, sails: true },
  { x: -160, z: 175, rot: 1.2, sails: true },
];
const SMALL_BOATS: ReadonlyArray<readonly [number, number, number]> = [
  [-194, -22, 0.3],
  [-197, -12, -0.2],
  [-112, 140, 1.4],
  [-116, 150, 1.1],
  [-108, 160, 1.6],
  [-120, 40, 0.6],
];

function addHull(
  mb: MeshBuilder,
  x: number,
  z: number,
  rot: number,
  len: number,
  beam: number,
  h: number,
  hex: string,
) {
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  const at = (u: number, v: number, y: number): [number, number, number] => [
    x + u * c + v * s,
    y,
    z - u * s + v * c,
  ];
  const y0 = SEA_Y - h * 0.4;
  const y1 = SEA_Y + h;
  const outline = [
    [len / 2, 0],
    [len * 0.25, beam],
    [-len * 0.42, beam * 0.85],
    [-len / 2, 0],
    [-len * 0.42, -beam * 0.85],
    [len * 0.25, -beam],
  ];
  const bottom = outline.map(([u, v]) => at((u ?? 0) * 0.85, (v ?? 0) * 0.6, y0));
  const top = outline.map(([u, v]) => at(u ?? 0, v ?? 0, y1 + (Math.abs(u ?? 0) > len * 0.4 ? h * 0.35 : 0)));
  const sides = outline.map((_, i) => {
    const j = (i + 1) % outline.length;
    return [bottom[i], bottom[j], top[j], top[i]] as [number, number, number][];
  });
  mb.add(convexSolid([bottom, top, ...sides]), hex);
  const deck = outline.map(([u, v]) => at((u ?? 0) * 0.8, (v ?? 0) * 0.72, y1 + 0.03));
  mb.add(convexSolid([deck, deck.map(([a, b, c]): [number, number, number] => [a, b - 0.02, c])]), '#b08a5e');
}

function addPinisi(mb: MeshBuilder, x: number, z: number, rot: number, sails: boolean): void {
  addHull(mb, x, z, rot, 18, 2.6, 2.2, '#7a4a28');
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  const deck = SEA_Y + 2.2;
  /** A point `u` metres along the keel (bow +), `y` above deck, `v` to port. */
  const at = (u: number, y: number, v = 0): [number, number, number] => [
    x + u * c + v * s,
    deck + y,
    z - u * s + v * c,
  ];
  const sail = (corners: ReadonlyArray<readonly [number, number]>) => {
    const front = corners.map(([u, y]) => at(u, y));
    const back = corners.map(([u, y]) => at(u, y, 0.08));
    mb.add(convexSolid([front, back]), '#f4efe2');
  };
  mb.box(4, 1.6, 3.4, '#efe6d3', at(-6, 0), rot);
  for (const u of [3.5, -1.5]) {
    mb.cyl(0.13, 0.18, 15, 5, COLORS.woodDark, at(u, 0));
    if (sails)
      sail([
        [u - 0.2, 0.6],
        [u - 4.6, 0.6],
        [u - 0.2, 11.5],
      ]);
  }
  if (sails)
    sail([
      [9.5, 0.8],
      [4, 0.8],
      [3.6, 13],
    ]);
}

function addCrane(mb: MeshBuilder, x: number, z: number): void {
  for (const dx of [-4, 4])
    for (const dz of [-5, 5]) mb.box(1, 26, 1, COLORS.makassarRed, [x + dx, 0, z + dz]);
  mb.box(10, 2, 12, COLORS.makassarRed, [x, 24, z]);
  mb.box(56, 1.6, 2.2, COLORS.white, [x - 14, 28, z]);
  mb.box(6, 4, 5, COLORS.white, [x + 4, 26, z]);
}
