import { describe, expect, it } from 'vitest';
import { SHORE_X } from './cityPlan.ts';
import { boxesOverlap } from './geometry.ts';
import { layoutCity } from './layout.ts';
import { isWalkable } from './movement.ts';
import { REGISTRY, type Registry } from './registry.ts';

const layout = layoutCity(REGISTRY);

/** Flood fill over a 1 m grid of walkable cells from the spawn point. */
function reachableCells(l = layout): Set<string> {
  const seen = new Set<string>();
  const start: [number, number] = [Math.round(l.spawn.x), Math.round(l.spawn.z)];
  const queue = [start];
  seen.add(start.join(','));
  while (queue.length > 0) {
    const [x, z] = queue.pop() as [number, number];
    for (const [dx, dz] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const nx = x + dx;
      const nz = z + dz;
      const key = `${nx},${nz}`;
      if (seen.has(key) || !isWalkable(l, nx, nz)) continue;
      seen.add(key);
      queue.push([nx, nz]);
    }
  }
  return seen;
}

describe('layoutCity', () => {
  it('places one booth per organisation', () => {
    expect(layout.booths).toHaveLength(REGISTRY.organisations.length);
    expect(new Set(layout.booths.map((b) => b.id)).size).toBe(REGISTRY.organisations.length);
  });

  it('never lets two booths overlap, nor a booth overlap a landmark', () => {
    const booths = layout.booths;
    booths.forEach((a, i) => {
      for (const b of booths.slice(i + 1)) {
        expect(boxesOverlap(a.footprint, b.footprint), `${a.id} / ${b.id}`).toBe(false);
      }
    });
    const boxes = booths.map((b) => b.footprint);
    const landmarks = layout.solids.slice(0, layout.solids.length - boxes.length);
    for (const b of layout.booths) {
      for (const s of landmarks) {
        if ('r' in s) continue;
        expect(boxesOverlap(b.footprint, s), b.id).toBe(false);
      }
    }
  });

  it('puts every booth on land, inside the world', () => {
    for (const b of layout.booths) {
      expect(b.footprint.minX).toBeGreaterThan(SHORE_X);
      expect(b.footprint.minX).toBeGreaterThanOrEqual(layout.bounds.minX);
      expect(b.footprint.maxX).toBeLessThanOrEqual(layout.bounds.maxX);
      expect(b.footprint.minZ).toBeGreaterThanOrEqual(layout.bounds.minZ);
      expect(b.footprint.maxZ).toBeLessThanOrEqual(layout.bounds.maxZ);
    }
  });

  it('lets a visitor walk from the spawn point to the front of every booth', () => {
    expect(isWalkable(layout, layout.spawn.x, layout.spawn.z)).toBe(true);
    const reachable = reachableCells();
    for (const b of layout.booths) {
      const key = `${Math.round(b.approach.x)},${Math.round(b.approach.z)}`;
      expect(reachable.has(key), `booth ${b.id} approach ${key}`).toBe(true);
    }
  });

  it('is stable: the same registry gives the same layout', () => {
    expect(layoutCity(structuredClone(REGISTRY))).toEqual(layout);
  });

  it('groups booths by category into districts, in registry category order', () => {
    const order = Object.keys(REGISTRY.categories);
    const seen = layout.districts.map((d) => d.category);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(order.filter((c) => seen.includes(c)));
  });

  it('adds a booth for a new organisation with no other change, still reachable', () => {
    const extra: Registry = {
      ...REGISTRY,
      organisations: [
        ...REGISTRY.organisations,
        ...Array.from({ length: 30 }, (_, i) => ({
          id: `baru-${i}`,
          name: `Organisasi Baru ${i}`,
          abbreviation: `Baru ${i}`,
          category: i % 2 ? 'perusda' : 'kategori-baru',
          kpis: [],
        })),
      ],
    };
    const bigger = layoutCity(extra);
    expect(bigger.booths).toHaveLength(REGISTRY.organisations.length + 30);
    const reachable = reachableCells(bigger);
    for (const b of bigger.booths) {
      expect(reachable.has(`${Math.round(b.approach.x)},${Math.round(b.approach.z)}`), b.id).toBe(true);
      expect(b.footprint.minX).toBeGreaterThan(SHORE_X);
    }
  });
});
