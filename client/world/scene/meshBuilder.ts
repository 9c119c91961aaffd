// Merged, vertex-coloured static geometry (client only). Parts are coloured and placed as they are
// added; build() merges them into one non-indexed BufferGeometry with position, normal and color
// attributes, so a whole group renders in one draw call with a `vertexColors` material.
// Metres; box/cyl/dome/solid are placed by the centre of their base (y = bottom).
import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Float32BufferAttribute,
  Matrix4,
  PlaneGeometry,
  Quaternion,
  RingGeometry,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { convexPrism, gableRoof, hipRoof } from './solids.ts';

type Vec3 = readonly [number, number, number];
const ORIGIN: Vec3 = [0, 0, 0];
const tint = new Color();
const matrix = new Matrix4();
const rotation = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');
const position = new Vector3();
const unit = new Vector3(1, 1, 1);

export class MeshBuilder {
  private readonly parts: BufferGeometry[] = [];

  /** Adds `geo` (consumed) coloured `hex` (null: keep its own `color` attribute), rotated by `rot`
   * (radians, Y then X then Z) and moved to `at`. */
  add(geo: BufferGeometry, hex: string | null, at: Vec3 = ORIGIN, rot: Vec3 = ORIGIN): this {
    const flat = geo.index ? geo.toNonIndexed() : geo;
    if (flat !== geo) geo.dispose();
    for (const name of Object.keys(flat.attributes)) {
      if (name !== 'position' && name !== 'normal' && !(name === 'color' && hex === null)) {
        flat.deleteAttribute(name);
      }
    }
    if (!flat.getAttribute('normal')) flat.computeVertexNormals();
    euler.set(rot[0], rot[1], rot[2]);
    matrix.compose(position.set(at[0], at[1], at[2]), rotation.setFromEuler(euler), unit);
    flat.applyMatrix4(matrix);
    this.parts.push(flat);
    if (hex === null) return this;
    tint.set(hex);
    const count = flat.getAttribute('position').count;
    const colors = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) colors.set([tint.r, tint.g, tint.b], i * 3);
    flat.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return this;
  }

  box(w: number, h: number, d: number, hex: string, at: Vec3, rotY = 0): this {
    return this.add(new BoxGeometry(w, h, d).translate(0, h / 2, 0), hex, at, [0, rotY, 0]);
  }

  cyl(rTop: number, rBottom: number, h: number, segments: number, hex: string, at: Vec3, rot?: Vec3): this {
    const geo = new CylinderGeometry(rTop, rBottom, h, segments, 1, rTop === 0).translate(0, h / 2, 0);
    return this.add(geo, hex, at, rot);
  }

  /** Upper hemisphere (squashed by `squash` vertically). */
  dome(r: number, segments: number, hex: string, at: Vec3, squash = 1): this {
    const rings = Math.max(2, Math.round(segments / 3));
    return this.add(
      new SphereGeometry(r, segments, rings, 0, Math.PI * 2, 0, Math.PI / 2).scale(1, squash, 1),
      hex,
      at,
    );
  }

  gable(w: number, d: number, h: number, hex: string, at: Vec3, rotY = 0): this {
    return this.add(gableRoof(w, d, h), hex, at, [0, rotY, 0]);
  }

  hip(w: number, d: number, h: number, hex: string, at: Vec3, rotY = 0): this {
    return this.add(hipRoof(w, d, h), hex, at, [0, rotY, 0]);
  }

  /** A convex polygon (x, z pairs, relative to `at`) extruded upwards by h. */
  prism(points: ReadonlyArray<readonly [number, number]>, h: number, hex: string, at: Vec3): this {
    return this.add(convexPrism(points, h), hex, at);
  }

  /** A single-sided w × h rectangle centred on `at`, facing +z before rotation. */
  plane(w: number, h: number, hex: string, at: Vec3, rot?: Vec3): this {
    return this.add(new PlaneGeometry(w, h), hex, at, rot);
  }

  /** A horizontal rectangle at height y (ground layers). */
  flat(minX: number, minZ: number, maxX: number, maxZ: number, y: number, hex: string): this {
    const geo = new PlaneGeometry(maxX - minX, maxZ - minZ).rotateX(-Math.PI / 2);
    return this.add(geo, hex, [(minX + maxX) / 2, y, (minZ + maxZ) / 2]);
  }

  /** A horizontal disc or ring sector at `at` (inner = 0 for a disc). */
  ring(
    inner: number,
    outer: number,
    segments: number,
    hex: string,
    at: Vec3,
    start = 0,
    length = Math.PI * 2,
  ): this {
    const geo = new RingGeometry(Math.max(inner, 0.001), outer, segments, 1, start, length).rotateX(
      -Math.PI / 2,
    );
    return this.add(geo, hex, at);
  }

  get size(): number {
    return this.parts.length;
  }

  /** Merges everything added so far; the builder is empty afterwards. */
  build(): BufferGeometry {
    const merged = mergeGeometries(this.parts, false);
    for (const p of this.parts) p.dispose();
    this.parts.length = 0;
    if (!merged) throw new Error('MeshBuilder: parts have mismatched attributes');
    merged.computeBoundingSphere();
    return merged;
  }
}
