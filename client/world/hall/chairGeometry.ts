// One audience chair of the hall (client only): a dark wooden frame with a red padded seat and back,
// ~50 triangles, vertex-coloured. Its seat is centred on the origin, the back towards +z, so placed
// at a seat point it faces the stage (−z). Metres.
import type { BufferGeometry } from 'three';
import { MeshBuilder } from '../scene/meshBuilder.ts';
import { HALL_COLORS as C } from './hallColors.ts';

export function buildChair(): BufferGeometry {
  const mb = new MeshBuilder();
  mb.box(0.56, 0.36, 0.46, C.seatFrame, [0, 0, 0]);
  mb.box(0.58, 0.1, 0.5, C.seat, [0, 0.36, 0]);
  mb.box(0.58, 0.62, 0.1, C.seatFrame, [0, 0.36, 0.24]);
  mb.box(0.5, 0.52, 0.06, C.seat, [0, 0.44, 0.18]);
  return mb.build();
}
