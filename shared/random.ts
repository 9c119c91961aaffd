// Deterministic randomness, pure: seeded PRNG and hashes. The same seed always gives the same
// numbers (scenery placement on the client, the simulator on the server, walks in tests).

/** mulberry32: a small seeded PRNG returning numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable hash of two integers into [0, 1). */
export function hash2(ix: number, iz: number): number {
  let h = Math.imul(ix | 0, 374761393) ^ Math.imul(iz | 0, 668265263);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth value noise in [0, 1) with features about `cell` metres across. */
export function noise2(x: number, z: number, cell: number): number {
  const fx = x / cell;
  const fz = z / cell;
  const ix = Math.floor(fx);
  const iz = Math.floor(fz);
  const sx = (fx - ix) ** 2 * (3 - 2 * (fx - ix));
  const sz = (fz - iz) ** 2 * (3 - 2 * (fz - iz));
  const top = hash2(ix, iz) * (1 - sx) + hash2(ix + 1, iz) * sx;
  const bottom = hash2(ix, iz + 1) * (1 - sx) + hash2(ix + 1, iz + 1) * sx;
  return top * (1 - sz) + bottom * sz;
}
