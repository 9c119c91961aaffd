// The stage end of Aula Sipakatau (client only): the raised wooden stage with steps down to the
// aisle, the lectern with the city's red-and-gold plate, the dark frame of the big screen, and above
// it a Balla Lompoa-style gable (timpalaja in nested tiers) with the crossed horns of the roof ridge.
// Added to the hall's one merged geometry (hallShell.ts). Metres, from shared/session/hallPlan.ts.
import { BoxGeometry } from 'three';
import { HALL } from '../../../shared/session/hallPlan.ts';
import type { MeshBuilder } from '../scene/meshBuilder.ts';
import { convexSolid } from '../scene/solids.ts';
import { HALL_COLORS as C } from './hallColors.ts';

/** The gable above the screen: base height, half width and height (metres). */
const GABLE = { y0: 13.45, halfW: 9.5, h: 3.1 } as const;
const WALL_Z = HALL.bounds.minZ;

/** A triangle facing the audience (+z), `depth` thick, its back against z0. */
function triangle(
  mb: MeshBuilder,
  halfW: number,
  y0: number,
  h: number,
  z0: number,
  depth: number,
  hex: string,
) {
  const tri = (z: number) =>
    [
      [-halfW, y0, z],
      [halfW, y0, z],
      [0, y0 + h, z],
    ] as const;
  const a = tri(z0);
  const b = tri(z0 + depth);
  mb.add(
    convexSolid([a, b, [a[0], a[1], b[1], b[0]], [a[1], a[2], b[2], b[1]], [a[2], a[0], b[0], b[2]]]),
    hex,
  );
}

function addPlatform(mb: MeshBuilder): void {
  const s = HALL.stage;
  const h = HALL.stageHeightM;
  const w = s.maxX - s.minX;
  const d = s.maxZ - WALL_Z;
  const cz = (s.maxZ + WALL_Z) / 2;
  mb.box(w, h - 0.08, d, C.stageWood, [0, 0, cz]);
  mb.box(w + 0.1, 0.08, d, C.stageTop, [0, h - 0.08, cz]);
  mb.box(w + 0.2, 0.1, 0.2, C.gold, [0, h - 0.1, s.maxZ]);
  const steps = 2;
  for (let i = 0; i < steps; i++) {
    const top = (h * (steps - i)) / (steps + 1);
    mb.box(4.2, top, 0.45, C.stageTop, [0, 0, s.maxZ + 0.22 + i * 0.45]);
  }
}

function addLectern(mb: MeshBuilder): void {
  const l = HALL.lectern;
  const x = (l.minX + l.maxX) / 2;
  const z = (l.minZ + l.maxZ) / 2;
  const y = HALL.stageHeightM;
  mb.box(1.2, 0.1, 0.8, C.woodDark, [x, y, z]);
  mb.box(0.95, 1.05, 0.6, C.woodCarved, [x, y + 0.1, z]);
  mb.add(new BoxGeometry(1.15, 0.08, 0.7), C.woodDark, [x, y + 1.2, z], [-0.3, 0, 0]);
  mb.box(0.5, 0.55, 0.04, C.gold, [x, y + 0.35, z + 0.31]);
  mb.box(0.36, 0.41, 0.04, C.red, [x, y + 0.42, z + 0.33]);
}

function addScreenFrame(mb: MeshBuilder): void {
  const s = HALL.screen;
  const z = WALL_Z + 0.25;
  const bar = 0.45;
  mb.box(s.width + bar * 2, bar, 0.5, C.screenFrame, [0, s.bottomY - bar, z]);
  mb.box(s.width + bar * 2, bar, 0.5, C.screenFrame, [0, s.bottomY + s.height, z]);
  for (const side of [-1, 1])
    mb.box(bar, s.height, 0.5, C.screenFrame, [side * (s.width / 2 + bar / 2), s.bottomY, z]);
  mb.plane(s.width, s.height, '#101010', [0, s.bottomY + s.height / 2, s.z - 0.03]);
}

/** A board of length `len` along the direction `angle` (radians from +x, in the wall plane). */
function board(mb: MeshBuilder, cx: number, cy: number, len: number, angle: number, z: number, hex: string) {
  mb.add(new BoxGeometry(len, 0.32, 0.35), hex, [cx, cy, z], [0, 0, angle]);
}

function addGable(mb: MeshBuilder): void {
  const { y0, halfW, h } = GABLE;
  const z = WALL_Z + 0.02;
  triangle(mb, halfW, y0, h, z, 0.3, C.woodDark);
  triangle(mb, halfW * 0.8, y0 + 0.25, h * 0.8, z + 0.3, 0.1, C.red);
  triangle(mb, halfW * 0.58, y0 + 0.45, h * 0.58, z + 0.4, 0.1, C.gold);
  triangle(mb, halfW * 0.36, y0 + 0.65, h * 0.36, z + 0.5, 0.1, C.woodCarved);
  for (let i = 1; i <= 3; i++)
    mb.box(halfW * 2 * (1 - i * 0.2), 0.08, 0.1, C.goldPale, [0, y0 + i * 0.18, z + 0.32]);
  const slope = Math.atan2(h, halfW);
  const edge = Math.hypot(h, halfW);
  board(mb, -halfW / 2, y0 + h / 2, edge + 0.6, slope, z + 0.45, C.woodCarved);
  board(mb, halfW / 2, y0 + h / 2, edge + 0.6, -slope, z + 0.45, C.woodCarved);
  // Anjong: the crossed horns where the ridge boards run on past the apex.
  const horn = 1.1;
  const steep = 0.95;
  const apex = y0 + h;
  board(
    mb,
    Math.cos(steep) * horn,
    apex + Math.sin(steep) * horn - 0.2,
    horn * 2,
    steep,
    z + 0.5,
    C.woodCarved,
  );
  board(
    mb,
    -Math.cos(steep) * horn,
    apex + Math.sin(steep) * horn - 0.2,
    horn * 2,
    -steep,
    z + 0.5,
    C.woodCarved,
  );
  mb.box(halfW * 2 + 1, 0.3, 0.6, C.woodDark, [0, y0 - 0.3, z + 0.3]);
}

/** Stage, lectern, screen frame and gable into `mb`. */
export function addStage(mb: MeshBuilder): void {
  addPlatform(mb);
  addLectern(mb);
  addScreenFrame(mb);
  addGable(mb);
}
