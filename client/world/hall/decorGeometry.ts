// Where the hall's painted decoration goes (client only): quads on the walls (hallShell.ts walls face
// into the room) for the lettering banner over the screen, the sulapa' appa' band and the lipa'
// sabbe band, and the stage's checked skirt; each samples a cell of one ATLAS_W × ATLAS_H atlas that
// HallDecor.tsx paints. Bands are cut into BAND_SEGMENT_M pieces, each showing its share of a cell.
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import type { Rect } from '../scene/displayPainter.ts';

export const ATLAS_W = 1024;
export const ATLAS_H = 256;
export const CELLS = {
  banner: { x: 0, y: 0, w: 1024, h: 112 },
  diamonds: { x: 0, y: 128, w: 512, h: 64 },
  songket: { x: 512, y: 128, w: 512, h: 64 },
} satisfies Record<string, Rect>;
/** Length of wall one band cell covers, metres (the cells are 8:1). */
const BAND_SEGMENT_M = 4;

type Out = { pos: number[]; uv: number[] };

/** A vertical quad centred at (x, y, z), facing rotY (0 = +z), `w` × `h`, showing `cell`. */
function quad(o: Out, x: number, y: number, z: number, rotY: number, w: number, h: number, cell: Rect) {
  const rx = Math.cos(rotY) * (w / 2);
  const rz = -Math.sin(rotY) * (w / 2);
  const [u0, u1] = [cell.x / ATLAS_W, (cell.x + cell.w) / ATLAS_W];
  const [v0, v1] = [1 - (cell.y + cell.h) / ATLAS_H, 1 - cell.y / ATLAS_H];
  const a = [x - rx, y - h / 2, z - rz, u0, v0];
  const b = [x + rx, y - h / 2, z + rz, u1, v0];
  const c = [x + rx, y + h / 2, z + rz, u1, v1];
  const d = [x - rx, y + h / 2, z - rz, u0, v1];
  for (const p of [a, b, c, a, c, d] as number[][]) {
    o.pos.push(p[0] as number, p[1] as number, p[2] as number);
    o.uv.push(p[3] as number, p[4] as number);
  }
}

/** A band along a wall from `from` to `to` (metres along the wall's right direction). */
function band(
  o: Out,
  wall: { x: number; z: number; rotY: number },
  from: number,
  to: number,
  y: number,
  h: number,
  cell: Rect,
) {
  const rx = Math.cos(wall.rotY);
  const rz = -Math.sin(wall.rotY);
  const nx = Math.sin(wall.rotY) * 0.05;
  const nz = Math.cos(wall.rotY) * 0.05;
  for (let s = from; s < to - 1e-6; s += BAND_SEGMENT_M) {
    const len = Math.min(BAND_SEGMENT_M, to - s);
    const mid = s + len / 2;
    const part = { ...cell, w: (cell.w * len) / BAND_SEGMENT_M };
    quad(o, wall.x + rx * mid + nx, y, wall.z + rz * mid + nz, wall.rotY, len, h, part);
  }
}

/** Every decoration quad of the hall, with UVs into the atlas (CELLS of ATLAS_W × ATLAS_H). */
export function buildDecorGeometry(): BufferGeometry {
  const o: Out = { pos: [], uv: [] };
  const b = HALL.bounds;
  const walls = [
    { x: 0, z: b.minZ, rotY: 0, half: (b.maxX - b.minX) / 2 },
    { x: 0, z: b.maxZ, rotY: Math.PI, half: (b.maxX - b.minX) / 2 },
    { x: b.minX, z: 0, rotY: Math.PI / 2, half: (b.maxZ - b.minZ) / 2 },
    { x: b.maxX, z: 0, rotY: -Math.PI / 2, half: (b.maxZ - b.minZ) / 2 },
  ];
  const screenHalf = HALL.screen.width / 2 + 0.5;
  for (const w of walls) {
    band(o, w, -w.half, w.half, 10.5, 0.6, CELLS.songket);
    if (w.rotY === 0) {
      band(o, w, -w.half, -screenHalf, 3.3, 0.6, CELLS.diamonds);
      band(o, w, screenHalf, w.half, 3.3, 0.6, CELLS.diamonds);
    } else if (w.rotY === Math.PI) {
      band(o, w, -w.half, -2.4, 3.3, 0.6, CELLS.diamonds);
      band(o, w, 2.4, w.half, 3.3, 0.6, CELLS.diamonds);
    } else band(o, w, -w.half, w.half, 3.3, 0.6, CELLS.diamonds);
  }
  quad(o, 0, 12.6, b.minZ + 0.06, 0, 17, 17 * (CELLS.banner.h / CELLS.banner.w), CELLS.banner);
  const s = HALL.stage;
  const skirt = { x: 0, z: s.maxZ + 0.01, rotY: 0 };
  band(o, skirt, s.minX, s.maxX, HALL.stageHeightM / 2 - 0.04, HALL.stageHeightM - 0.2, CELLS.songket);
  const geo = new BufferGeometry();
  geo.setAttribute('position', new Float32BufferAttribute(o.pos, 3));
  geo.setAttribute('uv', new Float32BufferAttribute(o.uv, 2));
  geo.computeVertexNormals();
  geo.computeBoundingSphere();
  return geo;
}
