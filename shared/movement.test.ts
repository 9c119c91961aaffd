import { describe, expect, it } from 'vitest';
import { BALAI_KOTA, LOSARI, SHORE_X } from './cityPlan.ts';
import { layoutCity } from './layout.ts';
import {
  AVATAR_RADIUS_M,
  checkMove,
  freshBudget,
  isPathClear,
  isWalkable,
  MAX_FRAME_S,
  stepWithSliding,
  WALK_SPEED_MPS,
  walk,
} from './movement.ts';
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

describe('walk', () => {
  /** Holds a direction for `seconds`, in frames of `frameS`; returns the end point. */
  function hold(frameS: number, seconds: number, dir = { x: 1, z: 0 }) {
    let pos = { x: spawn.x, z: spawn.z };
    for (let t = 0; t < seconds - 1e-9; t += frameS) {
      pos = walk(layout, pos.x, pos.z, dir.x, dir.z, WALK_SPEED_MPS, frameS);
    }
    return pos;
  }

  it('covers the same ground at 4 fps as at 60 fps: WALK_SPEED_MPS × the time held', () => {
    const fast = hold(1 / 60, 3);
    const slow = hold(0.25, 3);
    expect(fast.x - spawn.x).toBeCloseTo(WALK_SPEED_MPS * 3, 6);
    expect(slow.x - spawn.x).toBeCloseTo(WALK_SPEED_MPS * 3, 6);
    expect(slow.z).toBe(spawn.z);
  });

  it('does not leap through a wall in one long frame: it slides along it in sub-steps', () => {
    const southFace = hall.maxZ + r + 0.05;
    // Half a second north-east into Balai Kota's south face: the wall stops z, x keeps going.
    const end = walk(layout, 0, southFace, Math.SQRT1_2, -Math.SQRT1_2, WALK_SPEED_MPS, 0.5);
    expect(end.z).toBeCloseTo(southFace, 6);
    expect(end.x).toBeGreaterThan(0.5);
    expect(isWalkable(layout, end.x, end.z)).toBe(true);
  });

  it('integrates at most MAX_FRAME_S of a long stall, stops at `mostM`, and never goes backwards in time', () => {
    const stalled = walk(layout, spawn.x, spawn.z, 1, 0, WALK_SPEED_MPS, 30);
    expect(stalled.x - spawn.x).toBeCloseTo(WALK_SPEED_MPS * MAX_FRAME_S, 6);
    const target = walk(layout, spawn.x, spawn.z, 1, 0, WALK_SPEED_MPS, 0.25, 0.7);
    expect(target.x - spawn.x).toBeCloseTo(0.7, 6);
    expect(walk(layout, spawn.x, spawn.z, 1, 0, WALK_SPEED_MPS, -1)).toEqual({ x: spawn.x, z: spawn.z });
  });

  it("passes the server's move check when a slow machine sends after every 0.25 s frame", () => {
    let budget = freshBudget(0);
    let pos = { x: spawn.x, z: spawn.z };
    for (let frame = 1; frame <= 40; frame++) {
      const next = walk(layout, pos.x, pos.z, 0, -1, WALK_SPEED_MPS, 0.25);
      const verdict = checkMove(layout, pos, next, budget, frame * 250);
      expect(verdict.ok, `frame ${frame}`).toBe(true);
      budget = verdict.budget;
      pos = next;
    }
  });
});
