import { describe, expect, it } from 'vitest';
import { BOOTH_DEPTH_M, layoutCity } from '../../../shared/layout.ts';
import { REGISTRY } from '../../../shared/registry.ts';
import { boothInReach } from './boothInReach.ts';

const { booths } = layoutCity(REGISTRY);
const north = booths.find((b) => b.facing === 1);
// The booth across the street from `north`: same x, front facing north.
const south = booths.find((b) => b.facing === -1 && north && b.x === north.x && b.z > north.z);
if (!north || !south) throw new Error('no pair of booths facing each other');
const northFront = north.z + BOOTH_DEPTH_M / 2;
const southFront = south.z - BOOTH_DEPTH_M / 2;
const LOOK_NORTH = { x: 0, z: -1 };
const LOOK_SOUTH = { x: 0, z: 1 };
const LOOK_EAST = { x: 1, z: 0 };

describe('boothInReach', () => {
  it('names the booth that fills the view, not the one behind the camera', () => {
    // Backed across the street against the south booth, the camera still looking north.
    const backed = { x: north.x, z: southFront - 0.5 };
    expect(boothInReach(booths, backed, LOOK_NORTH)).toBe(north.id);
    expect(boothInReach(booths, backed, LOOK_SOUTH)).toBe(south.id);
    // Halfway across, either way.
    const mid = { x: north.x, z: (northFront + southFront) / 2 + 0.5 };
    expect(boothInReach(booths, mid, LOOK_NORTH)).toBe(north.id);
    expect(boothInReach(booths, mid, LOOK_SOUTH)).toBe(south.id);
  });

  it('names the booth beside the visitor when the camera looks along the street', () => {
    expect(boothInReach(booths, { x: north.x, z: northFront + 3 }, LOOK_EAST)).toBe(north.id);
    expect(boothInReach(booths, { x: south.x, z: southFront - 3 }, LOOK_EAST)).toBe(south.id);
  });

  it('names nothing far away and nothing only behind the camera', () => {
    expect(boothInReach(booths, { x: 0, z: -42 }, LOOK_NORTH)).toBeNull();
    // Facing the end of the street beyond the last booth, the last booth behind the camera.
    const last = booths.filter((b) => b.z === north.z).reduce((a, b) => (b.x > a.x ? b : a));
    expect(boothInReach(booths, { x: last.x + 2, z: northFront + 2 }, LOOK_EAST)).toBeNull();
  });
});
