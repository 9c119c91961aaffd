// Hand-made low-poly solids (client only): roofs and extruded convex polygons. Each face lists its corners in
// perimeter order, either way round: faces are wound to point away from the solid's centroid.
import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';

type P = readonly [number, number, number];
const ab = new Vector3();
const ac = new Vector3();
const n = new Vector3();
const mid = new Vector3();

/** Triangles (and quads, split) of a convex solid → non-indexed geometry with flat normals. */
export function convexSolid(faces: ReadonlyArray<ReadonlyArray<P>>): BufferGeometry {
  const centre = new Vector3();
  let corners = 0;
  for (const f of faces) {
    for (const p of f) {
      centre.add(mid.set(p[0], p[1], p[2]));
      corners++;
    }
  }
  centre.divideScalar(corners);
  const out: number[] = [];
  for (const f of faces) {
    for (let i = 1; i + 1 < f.length; i++) {
      const a = f[0] as P;
      const b = f[i] as P;
      const c = f[i + 1] as P;
      ab.set(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
      ac.set(c[0] - a[0], c[1] - a[1], c[2] - a[2]);
      n.crossVectors(ab, ac);
      mid.set((a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3).sub(centre);
      out.push(...a, ...(n.dot(mid) >= 0 ? [...b, ...c] : [...c, ...b]));
    }
  }
  const geo = new BufferGeometry();
  geo.setAttribute('position', new Float32BufferAttribute(out, 3));
  geo.computeVertexNormals();
  return geo;
}

/** Gable roof: eaves at y = 0 along z = ±d/2, ridge along x at height h, closed underneath. */
export function gableRoof(w: number, d: number, h: number): BufferGeometry {
  const x = w / 2;
  const z = d / 2;
  return convexSolid([
    [
      [-x, 0, -z],
      [x, 0, -z],
      [x, h, 0],
      [-x, h, 0],
    ],
    [
      [-x, 0, z],
      [x, 0, z],
      [x, h, 0],
      [-x, h, 0],
    ],
    [
      [-x, 0, -z],
      [-x, 0, z],
      [-x, h, 0],
    ],
    [
      [x, 0, -z],
      [x, 0, z],
      [x, h, 0],
    ],
    [
      [-x, 0, -z],
      [x, 0, -z],
      [x, 0, z],
      [-x, 0, z],
    ],
  ]);
}

/** Hip roof over a w × d rectangle, ridge along the longer side, closed underneath. */
export function hipRoof(w: number, d: number, h: number): BufferGeometry {
  const x = w / 2;
  const z = d / 2;
  const r = Math.max(0, (Math.max(w, d) - Math.min(w, d)) / 2);
  const ridge: [P, P] =
    w >= d
      ? [
          [-r, h, 0],
          [r, h, 0],
        ]
      : [
          [0, h, -r],
          [0, h, r],
        ];
  const [p, q] = ridge;
  const base: P[] = [
    [-x, 0, -z],
    [x, 0, -z],
    [x, 0, z],
    [-x, 0, z],
  ];
  const [a, b, c, e] = base as [P, P, P, P];
  const faces: P[][] =
    w >= d
      ? [[a, b, q, p], [e, c, q, p], [a, e, p], [b, c, q], base]
      : [[a, e, q, p], [b, c, q, p], [a, b, p], [e, c, q], base];
  return convexSolid(faces);
}

/** A convex polygon in the ground plane (x, z pairs) extruded from y = 0 to y = h. */
export function convexPrism(points: ReadonlyArray<readonly [number, number]>, h: number): BufferGeometry {
  const bottom: P[] = points.map(([x, z]) => [x, 0, z]);
  const top: P[] = points.map(([x, z]) => [x, h, z]);
  const faces: P[][] = [bottom, top];
  for (let i = 0; i < points.length; i++) {
    const j = (i + 1) % points.length;
    faces.push([bottom[i] as P, bottom[j] as P, top[j] as P, top[i] as P]);
  }
  return convexSolid(faces);
}
