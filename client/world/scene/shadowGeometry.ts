// Baked ground shadows (client only): for each box-like object the convex hull of its footprint and
// its roof outline projected along the sun (SUN_DIR) onto the ground, and for each tree an offset
// disc under its crown. Merged into one flat geometry drawn as translucent dark overlay.
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { GROUND_Y } from './groundBase.ts';
import { SUN_DIR } from './sunlight.ts';

type Pt = [number, number];
/** A shadow caster: footprint rectangle (centre, half sizes, yaw) and height, metres. */
export type Caster = { x: number; z: number; hx: number; hz: number; h: number; rot?: number };

const SHIFT_X = -SUN_DIR.x / SUN_DIR.y;
const SHIFT_Z = -SUN_DIR.z / SUN_DIR.y;
const DISC_SEGMENTS = 8;

function hull(points: Pt[]): Pt[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: Pt[]) => {
    const out: Pt[] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2] as Pt, out[out.length - 1] as Pt, q) <= 0)
        out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

export function buildShadows(
  casters: readonly Caster[],
  trees: ReadonlyArray<{ x: number; z: number; r: number; y: number }>,
) {
  const pos: number[] = [];
  const y = GROUND_Y.shadow;
  const fan = (poly: Pt[]) => {
    for (let i = 1; i + 1 < poly.length; i++) {
      for (const q of [poly[0], poly[i + 1], poly[i]] as Pt[]) pos.push(q[0], y, q[1]);
    }
  };
  for (const c of casters) {
    const cos = Math.cos(c.rot ?? 0);
    const sin = Math.sin(c.rot ?? 0);
    const corners: Pt[] = [
      [-c.hx, -c.hz],
      [c.hx, -c.hz],
      [c.hx, c.hz],
      [-c.hx, c.hz],
    ].map(([u, v]) => [c.x + (u ?? 0) * cos + (v ?? 0) * sin, c.z - (u ?? 0) * sin + (v ?? 0) * cos]);
    fan(hull([...corners, ...corners.map(([x, z]): Pt => [x + SHIFT_X * c.h, z + SHIFT_Z * c.h])]));
  }
  for (const t of trees) {
    const cx = t.x + SHIFT_X * t.y;
    const cz = t.z + SHIFT_Z * t.y;
    const ring: Pt[] = [];
    for (let i = 0; i < DISC_SEGMENTS; i++) {
      const a = (i / DISC_SEGMENTS) * Math.PI * 2;
      ring.push([cx + Math.cos(a) * t.r * 1.15, cz + Math.sin(a) * t.r]);
    }
    fan(ring);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(pos, 3));
  geometry.computeBoundingSphere();
  return geometry;
}
