// Where trees and bushes grow (client only), a pure function of the layout: palms along the shore,
// the plaza, the avenue and on the islands; shade trees around Karebosi, behind the booth rows and in
// the parks; flowering bushes at the plaza and Balai Kota. Never on roads, booths or landmarks.
import { BALAI_KOTA, FORT, KAREBOSI, LAE_LAE, LOSARI, MANDALA, SHORE_X } from '../../../shared/cityPlan.ts';
import { hitsSolid } from '../../../shared/geometry.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { seeded } from '../../../shared/random.ts';
import { FOUNTAIN } from './groundCivic.ts';
import { CPI } from './mosqueGeometry.ts';
import { AVENUE_X, inRect, type Road, roadRect } from './roads.ts';

/** A plant: position, height in metres, yaw, lean (radians) and its colour. */
export type Plant = { x: number; z: number; h: number; rot: number; lean: number; color: string };
export type Vegetation = { palms: Plant[]; trees: Plant[]; bushes: Plant[] };

const LEAVES = ['#5f9a3a', '#4e8a34', '#6aa542', '#3f7a2e', '#79ad4a'];
/** Pale tints that vary the trees' own greens (instance colours multiply vertex colours). */
const TINTS = ['#ffffff', '#f2f7e4', '#e3efd6', '#fff4dc', '#dfe9e0', '#f6f0c8'];
const FLOWERS = ['#d8267a', '#c8102e', '#f07c22', '#b8358e', '#e94f6d'];

/** Paths and the fountain of the park by the plaza (groundCivic's addTaman). */
const KEEP_CLEAR = [
  { minX: -76, maxX: 14, minZ: FOUNTAIN.z - 2, maxZ: FOUNTAIN.z + 2 },
  { minX: FOUNTAIN.x - 2, maxX: FOUNTAIN.x + 2, minZ: -23, maxZ: 43 },
  { minX: FOUNTAIN.x - 8, maxX: FOUNTAIN.x + 8, minZ: FOUNTAIN.z - 8, maxZ: FOUNTAIN.z + 8 },
];

export function placeVegetation(layout: CityLayout, roads: readonly Road[]): Vegetation {
  const rnd = seeded(1607);
  const pick = (list: readonly string[]) => list[Math.floor(rnd() * list.length)] ?? '#5f9a3a';
  const rects = roads.map((r) => roadRect(r));
  const free = (x: number, z: number, roadPad: number, solidPad: number) =>
    x > SHORE_X + 1 &&
    !KEEP_CLEAR.some((r) => inRect(r, x, z, roadPad)) &&
    !rects.some((r) => inRect(r, x, z, roadPad)) &&
    !layout.solids.some((s) => hitsSolid(s, x, z, solidPad));
  const veg: Vegetation = { palms: [], trees: [], bushes: [] };
  const palm = (x: number, z: number, check = true) => {
    if (check && !free(x, z, 0.5, 1.5)) return;
    veg.palms.push({
      x,
      z,
      h: 8 + rnd() * 4,
      rot: rnd() * Math.PI * 2,
      lean: 0.04 + rnd() * 0.1,
      color: pick(['#ffffff', '#f1f6e8', '#e9efe0']),
    });
  };
  const tree = (x: number, z: number, size = 1) => {
    const jx = x + (rnd() - 0.5) * 3;
    const jz = z + (rnd() - 0.5) * 3;
    if (!free(jx, jz, 2, 3.5)) return;
    veg.trees.push({
      x: jx,
      z: jz,
      h: (7 + rnd() * 4) * size,
      rot: rnd() * Math.PI * 2,
      lean: 0,
      color: pick(TINTS),
    });
  };
  const bush = (x: number, z: number, flowers: boolean) => {
    if (!free(x, z, 0.2, 0.5)) return;
    veg.bushes.push({
      x,
      z,
      h: 1.2 + rnd() * 0.8,
      rot: rnd() * 6.28,
      lean: 0,
      color: flowers && rnd() < 0.7 ? pick(FLOWERS) : pick(LEAVES),
    });
  };

  const pr = LOSARI.promenade;
  for (let z = pr.minZ + 4; z < pr.maxZ; z += 11) {
    if (Math.abs(z - LOSARI.letters.z) > 30 && Math.abs(z - 70) > 7) palm(pr.maxX - 1.5, z);
  }
  for (let z = pr.maxZ + 10; z < 480; z += 13) palm(SHORE_X + 4 + rnd() * 6, z);
  for (let z = -165; z < pr.minZ - 4; z += 12) palm(SHORE_X + 3, z);
  for (let z = -54; z <= -26; z += 7) for (const x of [-27, 27]) palm(x, z);
  for (let z = -170; z < 160; z += 16) palm(AVENUE_X - 8, z);
  for (let i = 0; i < 16; i++) {
    const a = rnd() * Math.PI * 2;
    const r = rnd() * (LAE_LAE.r - 6);
    palm(LAE_LAE.x + Math.cos(a) * r, LAE_LAE.z + Math.sin(a) * r, false);
  }
  for (let i = 0; i < 12; i++)
    palm(CPI.x + (rnd() - 0.5) * CPI.hx * 1.8, CPI.z + CPI.hz * (0.3 + rnd() * 0.6), false);

  const k = KAREBOSI;
  for (let x = k.minX + 4; x < k.maxX; x += 8) for (const z of [k.minZ + 1.2, k.maxZ - 1.2]) tree(x, z, 0.85);
  for (let z = k.minZ + 8; z < k.maxZ - 4; z += 8)
    for (const x of [k.minX + 1.2, k.maxX - 1.2]) tree(x, z, 0.85);
  const streets = layout.streets;
  for (let i = 0; i <= streets.length; i++) {
    const north = streets[i - 1];
    const south = streets[i];
    const z = north && south ? (north.z + south.z) / 2 : north ? north.z + 20 : (south?.z ?? 0) - 20;
    const s = south ?? north;
    if (s) for (let x = s.x0 + 10; x < s.x1; x += 12) tree(x, z);
  }
  const park = (x0: number, z0: number, x1: number, z1: number, step: number, p: number) => {
    for (let x = x0; x < x1; x += step) for (let z = z0; z < z1; z += step) if (rnd() < p) tree(x, z);
  };
  park(32, -104, 76, -60, 11, 0.8);
  park(-20, -156, 78, -128, 12, 0.75);
  park(-70, 58, 78, 138, 13, 0.55);
  park(-28, -104, -22, -60, 10, 0.9);
  park(72, -20, 80, 34, 10, 1);
  park(-72, -20, -36, 40, 11, 0.6);
  park(-24, 4, 12, 40, 11, 0.5);
  for (let x = -74; x < -32; x += 10) for (const z of [-48, -32]) tree(x, z, 0.9);
  tree(FORT.centre.x - 14, FORT.centre.z - 9);
  tree(FORT.centre.x - 14, FORT.centre.z + 9);

  const front = BALAI_KOTA.hall.maxZ + 0.9;
  for (let x = -21; x <= 21; x += 2.2) if (Math.abs(x) > 8.5) bush(x, front, true);
  for (const sx of [-1, 1]) {
    for (let z = -64; z < -24; z += 2.6) bush(sx * 29.2, z, true);
  }
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    bush(MANDALA.x + Math.cos(a) * 13, MANDALA.z + Math.sin(a) * 13, true);
  }
  for (const b of layout.booths) {
    for (const side of [-1, 1]) bush(b.x + side * 4.9, b.z - b.facing * 2.2, rnd() < 0.5);
  }
  return veg;
}
