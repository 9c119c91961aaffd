import { describe, expect, it } from 'vitest';
import { BALAI_KOTA, LOSARI, SHORE_X } from './cityPlan.ts';
import { layoutCity } from './layout.ts';
import { AVATAR_RADIUS_M, isPathClear, isWalkable, stepWithSliding } from './movement.ts';
import { seeded as prng } from './random.ts';
import { REGISTRY } from './registry.ts';

const layout = layoutCity(REGISTRY);
const { bounds, spawn } = layout;
const hall = BALAI_KOTA.hall;
const r = AVATAR_RADIUS_M;
/** Metres the budget regains per millisecond. */
describe('isWalkable', () => {
  it('is true on the plaza at the spawn point', () => {
    expect(isWalkable(layout, spawn.x, spawn.z)).toBe(true);
  });

  it('is false inside Balai Kota and within an avatar radius of its walls', () => {
    expect(isWalkable(layout, 0, (hall.minZ + hall.maxZ) / 2)).toBe(false);
    expect(isWalkable(layout, 0, hall.maxZ + r / 2)).toBe(false);
    expect(isWalkable(layout, 0, hall.maxZ + r + 0.01)).toBe(true);
  });

  it('is false in the sea, on the shoreline edge and outside the world', () => {
    expect(isWalkable(layout, SHORE_X - 5, 20)).toBe(false);
    expect(isWalkable(layout, SHORE_X + r / 2, 20)).toBe(false);
    expect(isWalkable(layout, SHORE_X + r + 0.01, 20)).toBe(true);
    expect(isWalkable(layout, bounds.maxX + 1, spawn.z)).toBe(false);
    expect(isWalkable(layout, 0, bounds.minZ - 1)).toBe(false);
    expect(isWalkable(layout, 0, bounds.maxZ + 1)).toBe(false);
  });

  it('is false for NaN and infinite coordinates', () => {
    for (const [x, z] of [
      [Number.NaN, 0],
      [0, Number.NaN],
      [Number.POSITIVE_INFINITY, 0],
      [0, Number.NEGATIVE_INFINITY],
    ] as const) {
      expect(isWalkable(layout, x, z)).toBe(false);
    }
  });
});

describe('isPathClear', () => {
  it('is true across the open plaza', () => {
    expect(isPathClear(layout, -20, -50, 20, -30)).toBe(true);
  });

  it('is false when the line crosses a building, even if both ends are walkable', () => {
    const north = hall.minZ - 2;
    const south = hall.maxZ + 2;
    expect(isWalkable(layout, 0, north) && isWalkable(layout, 0, south)).toBe(true);
    expect(isPathClear(layout, 0, south, 0, north)).toBe(false);
  });

  it('is false across a thin solid: the red letters on the promenade', () => {
    const { x, z } = LOSARI.letters;
    expect(isPathClear(layout, x - 1.5, z, x + 1.5, z)).toBe(false);
    expect(isPathClear(layout, x - 1.5, z - 20, x + 1.5, z - 20)).toBe(true);
  });
});

describe('stepWithSliding', () => {
  const southFace = hall.maxZ + r + 0.05;

  it('takes the full step in the open', () => {
    expect(stepWithSliding(layout, spawn.x, spawn.z, 0.3, -0.2)).toEqual({
      x: spawn.x + 0.3,
      z: spawn.z - 0.2,
    });
  });

  it('slides along a wall when walking into it at an angle', () => {
    // Walking north-east into the south face of Balai Kota: the x part survives.
    expect(stepWithSliding(layout, 0, southFace, 0.3, -0.3)).toEqual({ x: 0.3, z: southFace });
    // Walking south-west into its east face: the z part survives.
    const eastFace = hall.maxX + r + 0.05;
    expect(stepWithSliding(layout, eastFace, -74, -0.3, 0.3)).toEqual({ x: eastFace, z: -73.7 });
  });

  it('stops when walking straight into a wall or into a corner', () => {
    expect(stepWithSliding(layout, 0, southFace, 0, -0.3)).toEqual({ x: 0, z: southFace });
    const corner = { x: bounds.minX + r + 0.05, z: bounds.minZ + r + 0.05 };
    expect(stepWithSliding(layout, corner.x, corner.z, -0.3, -0.3)).toEqual(corner);
  });

  it('never ends a step inside a solid, however hard the walk pushes', () => {
    const rand = prng(7);
    let pos = { x: 0, z: southFace };
    for (let i = 0; i < 2000; i++) {
      const a = rand() * Math.PI * 2;
      pos = stepWithSliding(layout, pos.x, pos.z, Math.cos(a) * 0.3, Math.sin(a) * 0.3 - 0.1);
      expect(isWalkable(layout, pos.x, pos.z)).toBe(true);
    }
  });
});
