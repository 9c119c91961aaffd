// The door pavilion of Aula Sipakatau beside Balai Kota (client only): an open Bugis-Makassar style
// pavilion — plank floor, four carved posts, a saddle roof with the crossed horns (anjong) at both
// gable ends — sheltering a carved double door. One merged, vertex-coloured geometry; a sign board
// (painted separately) hangs on the front beam. Metres; the pavilion faces south (+z).
import { BoxGeometry, type BufferGeometry } from 'three';
import { MeshBuilder } from '../scene/meshBuilder.ts';
import { HALL_COLORS as C } from './hallColors.ts';

/** Centre of the pavilion floor, its width (x) and depth (z), the height of its eaves. */
export const ENTRANCE = { x: 27, z: -72, width: 7.4, depth: 6.4, eavesM: 3.9 } as const;
/** The sign on the front beam: centre height and size (metres). */
export const ENTRANCE_SIGN = { y: 3.35, width: 5, height: 1.25 } as const;

export function buildEntrance(): BufferGeometry {
  const { x, z, width: w, depth: d, eavesM: h } = ENTRANCE;
  const mb = new MeshBuilder();
  mb.box(w + 0.6, 0.12, d + 0.6, '#c9b48f', [x, 0, z]);
  mb.box(w, 0.08, d, C.plankB, [x, 0.12, z]);
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      const px = x + sx * (w / 2 - 0.3);
      const pz = z + sz * (d / 2 - 0.3);
      mb.box(0.55, 0.35, 0.55, C.woodDark, [px, 0.1, pz]);
      mb.box(0.36, h - 0.3, 0.36, C.woodCarved, [px, 0.3, pz]);
      for (const y of [1, 2.2]) mb.box(0.44, 0.14, 0.44, C.gold, [px, y, pz]);
    }
  }
  mb.box(w + 0.3, 0.45, 0.4, C.woodDark, [x, h - 0.1, z + d / 2 - 0.3]);
  mb.box(w + 0.3, 0.45, 0.4, C.woodDark, [x, h - 0.1, z - d / 2 + 0.3]);
  mb.gable(w + 1.6, d + 1.4, 2.6, C.red, [x, h + 0.3, z]);
  mb.box(w + 1.8, 0.2, 0.3, C.gold, [x, h + 0.3, z + d / 2 + 0.6]);
  for (const sx of [-1, 1]) {
    const gx = x + sx * (w / 2 + 0.85);
    for (const tilt of [-0.55, 0.55]) {
      const geo = new BoxGeometry(0.2, 2.2, 0.22);
      mb.add(geo, C.woodCarved, [gx, h + 0.3 + 2.6 + 0.55, z + Math.sin(tilt) * 0.9], [tilt, 0, 0]);
    }
  }
  // The door at the back: a carved frame, two leaves and gold handles.
  const dz = z - d / 2 + 0.55;
  mb.box(3.4, 3.3, 0.3, C.woodDark, [x, 0.2, dz]);
  for (const side of [-1, 1]) {
    mb.box(1.3, 2.8, 0.1, C.woodCarved, [x + side * 0.68, 0.2, dz + 0.18]);
    mb.box(0.08, 0.5, 0.06, C.gold, [x + side * 0.16, 1.3, dz + 0.25]);
  }
  mb.box(3.6, 0.25, 0.4, C.gold, [x, 3.5, dz]);
  return mb.build();
}
