// Plain 2D geometry on the ground plane (metres; +x east, +z south). Runs on server and client.

export type Box = { minX: number; maxX: number; minZ: number; maxZ: number };
export type Circle = { x: number; z: number; r: number };
export type Solid = Box | Circle;

export function box(cx: number, cz: number, width: number, depth: number): Box {
  return { minX: cx - width / 2, maxX: cx + width / 2, minZ: cz - depth / 2, maxZ: cz + depth / 2 };
}

export function isCircle(s: Solid): s is Circle {
  return 'r' in s;
}

/** True when a disc of radius `pad` at (x, z) touches the solid. */
export function hitsSolid(s: Solid, x: number, z: number, pad: number): boolean {
  if (isCircle(s)) {
    const r = s.r + pad;
    return (x - s.x) ** 2 + (z - s.z) ** 2 < r * r;
  }
  return x > s.minX - pad && x < s.maxX + pad && z > s.minZ - pad && z < s.maxZ + pad;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ;
}

export function distance(ax: number, az: number, bx: number, bz: number): number {
  return Math.hypot(ax - bx, az - bz);
}
