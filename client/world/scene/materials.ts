// Shared flat-colour materials of the city (client only). Every static mesh takes its colours from
// vertex colours (times instance colours when instanced), so a handful of materials serve all. Each is
// lit per vertex in the low render tier (vertexLighting.ts).
import { DoubleSide, MeshLambertMaterial } from 'three';
import { litPerVertexInLowTier } from './vertexLighting.ts';

export const VERTEX_COLORED = litPerVertexInLowTier(new MeshLambertMaterial({ vertexColors: true }));
/** For thin single-sheet parts seen from both sides (palm fronds). */
export const VERTEX_COLORED_2SIDED = litPerVertexInLowTier(
  new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }),
);
/** The red Losari letters: a little red glow keeps the east-facing letters bright against the sun. */
export const LETTERS_RED = litPerVertexInLowTier(
  new MeshLambertMaterial({ vertexColors: true, emissive: '#5a0a0a' }),
);
