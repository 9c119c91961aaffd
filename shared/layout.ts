// City layout: a pure function of the OPD registry. Adding an organisation to the registry adds a
// booth here with no code change; the same registry always gives the same layout.
// Runs on server (collision, travel) and client (rendering).
import { LOSARI, landmarkSolids, SHORE_X, SPAWN } from './cityPlan.ts';
import { type Box, box, type Solid } from './geometry.ts';
import type { Registry } from './registry.ts';

/** Booth footprint: BOOTH_WIDTH_M along the street, BOOTH_DEPTH_M away from it. */
export const BOOTH_WIDTH_M = 8;
export const BOOTH_DEPTH_M = 6;
const BOOTH_PITCH_M = 12;
const STREET_HALF_WIDTH_M = 6;
const STREET_SPACING_M = 36;
/** The booth quarter: east of the civic spine, streets running east from the avenue at QUARTER_X0. */
const QUARTER_X0 = 104;
const FIRST_STREET_Z = -118;
const BOOTHS_PER_SIDE = 8;
/** Visitors standing this far in front of a booth can open it. */
export const BOOTH_REACH_M = 6;

export type BoothPlacement = {
  id: string;
  abbreviation: string;
  category: string;
  /** Centre of the footprint. */
  x: number;
  z: number;
  /** The booth's front faces the street: +1 = south (+z), -1 = north (-z). */
  facing: 1 | -1;
  footprint: Box;
  /** A walkable point on the street in front of the booth: where "go to" brings a visitor. */
  approach: { x: number; z: number };
};

export type Street = { z: number; x0: number; x1: number };
export type District = { category: string; label: string; x: number; z: number };

export type CityLayout = {
  bounds: Box;
  spawn: { x: number; z: number };
  booths: BoothPlacement[];
  streets: Street[];
  districts: District[];
  /** Everything that blocks walking, landmarks and booths alike. */
  solids: Solid[];
};

export function layoutCity(registry: Registry): CityLayout {
  const categoryOrder = Object.keys(registry.categories);
  const rank = (c: string) => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  // Stable order: by category as the registry lists them, then in registry order.
  const ordered = registry.organisations
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o.category) - rank(b.o.category) || a.i - b.i)
    .map(({ o }) => o);

  const perStreet = BOOTHS_PER_SIDE * 2;
  const streetCount = Math.max(1, Math.ceil(ordered.length / perStreet));
  const x1 = QUARTER_X0 + BOOTHS_PER_SIDE * BOOTH_PITCH_M + 8;
  const streets: Street[] = Array.from({ length: streetCount }, (_, s) => ({
    z: FIRST_STREET_Z + s * STREET_SPACING_M,
    x0: QUARTER_X0 - 10,
    x1,
  }));

  const booths: BoothPlacement[] = ordered.map((o, n) => {
    const street = streets[Math.floor(n / perStreet)] as Street;
    const slot = n % perStreet;
    const north = slot < BOOTHS_PER_SIDE;
    const i = slot % BOOTHS_PER_SIDE;
    const x = QUARTER_X0 + BOOTH_PITCH_M / 2 + i * BOOTH_PITCH_M;
    const offset = STREET_HALF_WIDTH_M + BOOTH_DEPTH_M / 2;
    const z = north ? street.z - offset : street.z + offset;
    const facing = north ? 1 : -1;
    return {
      id: o.id,
      abbreviation: o.abbreviation,
      category: o.category,
      x,
      z,
      facing,
      footprint: box(x, z, BOOTH_WIDTH_M, BOOTH_DEPTH_M),
      approach: { x, z: street.z + (north ? -2 : 2) },
    };
  });

  const districts: District[] = [];
  for (const b of booths) {
    if (districts.at(-1)?.category === b.category) continue;
    districts.push({
      category: b.category,
      label: registry.categories[b.category] ?? b.category,
      x: b.x - BOOTH_PITCH_M / 2,
      z: b.approach.z,
    });
  }

  const lastStreetZ = (streets.at(-1) as Street).z;
  const bounds: Box = {
    minX: SHORE_X,
    maxX: x1 + 12,
    minZ: Math.min(FIRST_STREET_Z - 30, -160),
    maxZ: Math.max(lastStreetZ + 30, LOSARI.promenade.maxZ + 10),
  };

  return {
    bounds,
    spawn: { ...SPAWN },
    booths,
    streets,
    districts,
    solids: [...landmarkSolids(), ...booths.map((b) => b.footprint)],
  };
}
