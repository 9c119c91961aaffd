// Shared flat-colour materials of the city (client only). Every static mesh takes its colours from
// vertex colours (times instance colours when instanced), so a handful of materials serve all.
import { DoubleSide, MeshLambertMaterial } from 'three';

export const VERTEX_COLORED = new MeshLambertMaterial({ vertexColors: true });
/** For thin single-sheet parts seen from both sides (palm fronds). */
export const VERTEX_COLORED_2SIDED = new MeshLambertMaterial({ vertexColors: true, side: DoubleSide });
