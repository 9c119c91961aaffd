// What stands in each background block (client only), a pure function of the layout: shophouses
// (ruko) with optional hip roofs, kampung of stilt houses near the coast, a few towers, and the
// container stacks of the port. Also the fishermen's stilt houses on Lae-Lae.
import { LAE_LAE } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';
import { hash2, seeded } from '../../../shared/random.ts';
import { type Block, gridBlocks } from './cityGrid.ts';
import { SEA_Y } from './groundBase.ts';

/** An instance: base centre, yaw, size (metres or scale factors) and colours. */
type Piece = {
  x: number;
  y: number;
  z: number;
  rot: number;
  sx: number;
  sy: number;
  sz: number;
  color: string;
};
export type CityBlocks = {
  ruko: Piece[];
  rukoRoofs: Piece[];
  stilts: Piece[];
  stiltRoofs: Piece[];
  towers: Piece[];
  containers: Piece[];
};

const WALLS = [
  '#f2e6c9',
  '#e8d3b0',
  '#f0c9a8',
  '#d6e4ea',
  '#eef0ee',
  '#f3dca2',
  '#cfe0c3',
  '#e6c2c2',
  '#f5d0b0',
];
const TILE = ['#b5533c', '#9a4634', '#c2643f', '#7e858c'];
const PAINT = ['#a67b55', '#8f6a48', '#7fa7c9', '#9cc29b', '#e4d7b8', '#c97c5d', '#b48a60'];
const ZINC = ['#8e4a32', '#9aa0a6', '#7e2b20', '#a0522d'];
/** Stilt houses are the most detailed background pieces: keep their count (triangles) bounded. */
const MAX_KAMPUNG_HOUSES = 66;
const BOXES = ['#c8102e', '#1f6fd6', '#e8660c', '#2d7d3a', '#8a8f98', '#eda400'];

export function cityBlocks(layout: CityLayout): CityBlocks {
  const rnd = seeded(91107);
  const pick = (list: readonly string[]) => list[Math.floor(rnd() * list.length)] ?? '#ffffff';
  const out: CityBlocks = { ruko: [], rukoRoofs: [], stilts: [], stiltRoofs: [], towers: [], containers: [] };
  const stilt = (x: number, y: number, z: number, rot: number) => {
    const s = 0.85 + rnd() * 0.3;
    out.stilts.push({ x, y, z, rot, sx: s, sy: s, sz: s, color: pick(PAINT) });
    out.stiltRoofs.push({ x, y, z, rot, sx: s, sy: s, sz: s, color: pick(ZINC) });
  };
  for (const b of gridBlocks(layout)) {
    const h = hash2(Math.round(b.x), Math.round(b.z));
    if (b.x < 20 && b.z < -170 && b.z > -330) port(b, out, pick);
    else if (h < 0.05 && b.dist > 150 && b.dist < 520) tower(b, out, rnd, pick);
    else if (
      out.stilts.length < MAX_KAMPUNG_HOUSES &&
      b.dist < 430 &&
      (h > 0.96 || (b.x < 150 && Math.abs(b.z) > 150 && h < 0.5))
    ) {
      for (let i = 0; i < 6; i++) {
        const col = i % 3;
        const row = Math.floor(i / 3);
        if (rnd() < 0.15) continue;
        const face = row === 0 ? Math.PI : 0;
        stilt(b.x - 12 + col * 12 + (rnd() - 0.5) * 2, 0, b.z + (row ? 8 : -8), face + (rnd() - 0.5) * 0.2);
      }
    } else {
      const far = b.dist > 400;
      const lots = far
        ? [[0, 0, b.size - 6]]
        : [
            [-1, -1],
            [1, -1],
            [-1, 1],
            [1, 1],
          ].map(([i, j]) => [(i ?? 0) * 10, (j ?? 0) * 10, 17]);
      for (const [ox, oz, lot] of lots as [number, number, number][]) {
        if (rnd() < 0.16) continue;
        const w = lot * (0.7 + rnd() * 0.25);
        const d = lot * (0.7 + rnd() * 0.25);
        const height = 6 + rnd() * (far ? 14 : 9);
        const piece = {
          x: b.x + ox,
          y: 0,
          z: b.z + oz,
          rot: 0,
          sx: w,
          sy: height,
          sz: d,
          color: pick(WALLS),
        };
        out.ruko.push(piece);
        if (rnd() < 0.45)
          out.rukoRoofs.push({ ...piece, y: height, sy: Math.min(w, d) * 0.3, color: pick(TILE) });
      }
    }
  }
  for (let i = 0; i < 7; i++) {
    const a = (i / 7) * Math.PI * 2 + 0.4;
    const r = LAE_LAE.r - 10 + (i % 2) * 4;
    stilt(LAE_LAE.x + Math.cos(a) * r, SEA_Y + 1.35, LAE_LAE.z + Math.sin(a) * r, -a + Math.PI / 2);
  }
  return out;
}

function tower(b: Block, out: CityBlocks, rnd: () => number, pick: (l: readonly string[]) => string): void {
  const floors = 9 + Math.floor(rnd() * 14);
  const w = 16 + rnd() * 10;
  out.towers.push({
    x: b.x,
    y: 0,
    z: b.z,
    rot: 0,
    sx: w,
    sy: floors * 3.6,
    sz: w * (0.7 + rnd() * 0.4),
    color: pick(['#e9eef2', '#dfe6ea', '#f2eee6', '#cfdde6']),
  });
}

function port(b: Block, out: CityBlocks, pick: (l: readonly string[]) => string): void {
  for (let row = -2; row <= 2; row++) {
    for (let col = -1; col <= 1; col++) {
      const stack = 1 + ((row + col + 9) % 3);
      for (let k = 0; k < stack; k++) {
        out.containers.push({
          x: b.x + col * 12,
          y: k * 2.6,
          z: b.z + row * 6,
          rot: 0,
          sx: 12,
          sy: 2.6,
          sz: 2.5,
          color: pick(BOXES),
        });
      }
    }
  }
}
