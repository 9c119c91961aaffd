// Fort Rotterdam (client only): grey-brown stone walls on FORT's solids, five arrowhead bastions,
// the white gatehouse on the west (sea) side, and colonial buildings with steep dark-red tiled
// roofs along the inside of the walls.
import { FORT, fortBastions, fortBuildings } from '../../../shared/cityPlan.ts';
import type { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

const PARAPET_M = 0.9;

export function addFort(mb: MeshBuilder): void {
  const f = FORT;
  const { x: cx, z: cz } = f.centre;
  const hw = f.width / 2;
  const hd = f.depth / 2;
  const t = f.wallThickness;
  const h = f.wallHeight;
  const westLen = (f.depth - f.gateWidth) / 2;
  const wall = (x: number, z: number, w: number, d: number, outward: [number, number]) => {
    mb.box(w, h, d, COLORS.stone, [x, 0, z]);
    const [ox, oz] = outward;
    const pw = ox ? 0.7 : w;
    const pd = oz ? 0.7 : d;
    mb.box(pw, PARAPET_M, pd, COLORS.stoneDark, [x + (ox * (t - 0.7)) / 2, h, z + (oz * (t - 0.7)) / 2]);
    mb.box(w + (ox ? 0.3 : 0), 0.6, d + (oz ? 0.3 : 0), COLORS.stoneDark, [x, 0, z]);
  };
  wall(cx, cz - hd, f.width, t, [0, -1]);
  wall(cx, cz + hd, f.width, t, [0, 1]);
  wall(cx + hw, cz, t, f.depth, [1, 0]);
  wall(cx - hw, cz - f.gateWidth / 2 - westLen / 2, t, westLen, [-1, 0]);
  wall(cx - hw, cz + f.gateWidth / 2 + westLen / 2, t, westLen, [-1, 0]);

  for (const [bx, bz] of fortBastions()) {
    let dx = Math.sign(bx - cx);
    let dz = Math.abs(bz - cz) < 1 ? 0 : Math.sign(bz - cz);
    const len = Math.hypot(dx, dz);
    dx /= len;
    dz /= len;
    const px = -dz;
    const pz = dx;
    const at = (a: number, b: number): [number, number] => [dx * a + px * b, dz * a + pz * b];
    const outline = [at(7, 0), at(2.2, 5.2), at(-3.5, 3.8), at(-3.5, -3.8), at(2.2, -5.2)];
    mb.prism(outline, h + 0.4, COLORS.stone, [bx, 0, bz]);
    const rim = outline.map(([x, z]) => [x * 1.04, z * 1.04] as [number, number]);
    mb.prism(rim, 0.6, COLORS.stoneDark, [bx, 0, bz]);
    mb.prism(
      outline.map(([x, z]) => [x * 0.8, z * 0.8] as [number, number]),
      0.5,
      COLORS.stoneDark,
      [bx, h + 0.4, bz],
    );
  }

  // Gatehouse spanning the gap in the west wall: two piers, a lintel and a small tiled roof.
  const gx = cx - hw;
  const g = f.gateWidth;
  for (const side of [-1, 1]) mb.box(3.4, 9, 3.2, COLORS.cream, [gx, 0, cz + side * (g / 2 + 1.5)]);
  mb.box(3.4, 2.6, g, COLORS.cream, [gx, 6.4, cz]);
  mb.box(3.8, 0.4, g + 6.4, COLORS.white, [gx, 9, cz]);
  mb.gable(g + 7, 4.4, 2.6, COLORS.roofTile, [gx, 9.4, cz], Math.PI / 2);

  // Colonial buildings inside: two storeys, steep tiled roofs, rows of shuttered windows.
  const buildings = fortBuildings();
  for (const b of buildings) {
    const wx = b.rot ? b.d : b.w;
    const wz = b.rot ? b.w : b.d;
    mb.box(wx, 6.6, wz, COLORS.cream, [b.x, 0, b.z]);
    mb.box(wx + 0.3, 0.3, wz + 0.3, COLORS.white, [b.x, 6.6, b.z]);
    mb.gable(b.w + 0.8, b.d + 1.4, 4.4, COLORS.roofTile, [b.x, 6.8, b.z], b.rot);
    const n = Math.floor(b.w / 3.4);
    for (let i = 0; i < n; i++) {
      const u = -b.w / 2 + (b.w / n) * (i + 0.5);
      for (const y of [1.1, 4.2]) {
        for (const face of [-1, 1]) {
          const along = u;
          const across = face * (b.d / 2 + 0.02);
          const [ox, oz] = b.rot ? [across, along] : [along, across];
          mb.box(b.rot ? 0.1 : 1.0, 1.8, b.rot ? 1.0 : 0.1, '#3b4a3e', [b.x + ox, y, b.z + oz]);
        }
      }
    }
  }
}
