// The red "CITY OF MAKASSAR" letters of the Losari platform, built from box strokes (no font file).
// They stand on LOSARI.letters and face east, so they read left to right (south → north) from land.
import { BoxGeometry, type BufferGeometry } from 'three';
import { LOSARI } from '../../../shared/cityPlan.ts';
import { GLYPHS, STROKE } from './glyphs.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { COLORS } from './palette.ts';

type Pt = readonly [number, number];

const S = STROKE;
const GAP = 0.14;
const SPACE = 0.42;
/** Height of the white plinth the letters stand on (drawn with the waterfront). */
export const PLINTH_M = 0.45;
const DEPTH_M = 0.8;

/** [u0, v0, u1, v1, …] → points. */
function points(flat: readonly number[]): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return out;
}

/** How far a stroke must run past a joint to close the outer corner. */
function overshoot(a: Pt, b: Pt, c: Pt | undefined): number {
  if (!c) return S / 2;
  const d1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const d2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  const turn = Math.abs(Math.atan2(Math.sin(d2 - d1), Math.cos(d2 - d1)));
  return (S / 2) * Math.tan(Math.min(turn, Math.PI / 2 - 0.01) / 2);
}

export function buildLetters(): BufferGeometry {
  const { text, x, z, lengthM, heightM } = LOSARI.letters;
  const advance = [...text].reduce((sum, ch, i) => sum + (GLYPHS[ch]?.width ?? SPACE) + (i > 0 ? GAP : 0), 0);
  const sx = lengthM / (advance * heightM);
  const mb = new MeshBuilder();
  let u = 0;
  for (const ch of text) {
    const g = GLYPHS[ch];
    if (g) {
      for (const line of g.strokes.map(points)) {
        const closed =
          line.length > 2 && line[0]?.[0] === line.at(-1)?.[0] && line[0]?.[1] === line.at(-1)?.[1];
        for (let i = 0; i + 1 < line.length; i++) {
          const a = line[i] as Pt;
          const b = line[i + 1] as Pt;
          const before = i > 0 ? line[i - 1] : closed ? line.at(-2) : undefined;
          const after = line[i + 2] ?? (closed ? line[1] : undefined);
          const du = (b[0] - a[0]) * sx;
          const dv = b[1] - a[1];
          const len = Math.hypot(du, dv);
          const ext0 = before ? overshoot(before, a, b) : S / 2;
          const ext1 = overshoot(a, b, after);
          const centreU = (u + (a[0] + b[0]) / 2) * sx + ((ext1 - ext0) / 2) * (du / len);
          const centreV = (a[1] + b[1]) / 2 + ((ext1 - ext0) / 2) * (dv / len);
          const geo = new BoxGeometry(DEPTH_M, S * heightM, (len + ext0 + ext1) * heightM);
          const at = [x, PLINTH_M + centreV * heightM, z + lengthM / 2 - centreU * heightM] as const;
          mb.add(geo, COLORS.makassarRed, at, [Math.atan2(dv, du), 0, 0]);
        }
      }
    }
    u += (g?.width ?? SPACE) + GAP;
  }
  return mb.build();
}
