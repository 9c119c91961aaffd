// The hall's static geometry stays within its budget (≤ 40k triangles without avatars, HallScene.tsx)
// and its taps and avatars agree with the hall plan (raised stage, seats on the floor).
import { describe, expect, it } from 'vitest';
import { HALL, SEATS } from '../../../shared/session/hallPlan.ts';
import { buildChair } from './chairGeometry.ts';
import { buildDecorGeometry } from './decorGeometry.ts';
import { hallGroundY } from './hallGround.ts';
import { buildHallShell } from './hallShell.ts';

const triangles = (g: { getAttribute: (n: string) => { count: number } }) =>
  g.getAttribute('position').count / 3;
/** The screen, caption and spotlight quads/cones drawn besides the merged meshes (upper bound). */
const DYNAMIC_TRIANGLES = 2 + 2 + (1 + HALL.speakerSpots.length) * (40 + 24);

describe('hall geometry', () => {
  it('stays within 40k triangles without avatars', () => {
    const total =
      triangles(buildHallShell()) +
      triangles(buildDecorGeometry()) +
      triangles(buildChair()) * SEATS.length +
      DYNAMIC_TRIANGLES;
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThanOrEqual(40_000);
  });

  it('has vertex colours and normals on every merged vertex, UVs on the decoration', () => {
    const shell = buildHallShell();
    expect(shell.getAttribute('color').count).toBe(shell.getAttribute('position').count);
    expect(shell.getAttribute('normal').count).toBe(shell.getAttribute('position').count);
    const decor = buildDecorGeometry();
    expect(decor.getAttribute('uv').count).toBe(decor.getAttribute('position').count);
    expect(decor.getAttribute('normal').count).toBe(decor.getAttribute('position').count);
  });

  it('keeps the merged meshes inside the hall walls', () => {
    const b = HALL.bounds;
    for (const g of [buildHallShell(), buildDecorGeometry()]) {
      g.computeBoundingBox();
      const box = g.boundingBox;
      expect(box?.min.x).toBeGreaterThanOrEqual(b.minX - 0.01);
      expect(box?.max.x).toBeLessThanOrEqual(b.maxX + 0.01);
      expect(box?.min.z).toBeGreaterThanOrEqual(b.minZ - 0.01);
      expect(box?.max.z).toBeLessThanOrEqual(b.maxZ + 0.01);
      expect(box?.min.y).toBeGreaterThanOrEqual(-0.01);
    }
  });
});

describe('hallGroundY', () => {
  it('raises speakers onto the stage', () => {
    for (const s of HALL.speakerSpots) expect(hallGroundY(s.x, s.z)).toBe(HALL.stageHeightM);
  });

  it('keeps every seat, the floor spot and the host spot (before the stage) on the hall floor', () => {
    for (const s of [...SEATS, HALL.floorSpot, HALL.hostSpot]) expect(hallGroundY(s.x, s.z)).toBe(0);
  });

  it('is the floor just off the stage edges', () => {
    const s = HALL.stage;
    expect(hallGroundY(0, s.maxZ + 0.01)).toBe(0);
    expect(hallGroundY(s.minX - 0.01, -12)).toBe(0);
    expect(hallGroundY(s.maxX + 0.01, -12)).toBe(0);
  });
});
