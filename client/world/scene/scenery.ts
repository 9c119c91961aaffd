// The generated scenery of a layout (client only), computed once per layout and shared by the
// components that draw it or its shadows: roads, vegetation and the background city blocks.
// On the phone tier (../tier.ts) the decorative lists are thinned: most far shophouses, two thirds of
// the kampung stilt houses (Lae-Lae keeps its own), the port's top container layer, half the palms and
// shade trees, two thirds of the bushes.

import type { CityLayout } from '../../../shared/layout.ts';
import { hash2 } from '../../../shared/random.ts';
import { PHONE } from '../tier.ts';
import { type CityBlocks, cityBlocks } from './cityBlocks.ts';
import { cityRoads, type Road } from './roads.ts';
import { placeVegetation, type Vegetation } from './vegetation.ts';

type Scenery = { roads: Road[]; vegetation: Vegetation; blocks: CityBlocks };

/** Phone tier: shophouses farther than this from the city centre (metres) are mostly dropped. */
const PHONE_NEAR_RUKO_M = 300;
/** Phone tier: the share of far shophouses kept so the horizon is still a city. */
const PHONE_FAR_RUKO_KEEP = 0.15;

/** Phone tier: container stacks at the port are at most two high (a box is 2.6 m). */
const PHONE_MAX_STACK_M = 5;

const cache = new WeakMap<CityLayout, Scenery>();

export function planScenery(layout: CityLayout): Scenery {
  let s = cache.get(layout);
  if (!s) {
    const roads = cityRoads(layout);
    const vegetation = placeVegetation(layout, roads);
    const blocks = cityBlocks(layout);
    s = PHONE
      ? { roads, vegetation: thinVegetation(vegetation), blocks: thinBlocks(blocks) }
      : { roads, vegetation, blocks };
    cache.set(layout, s);
  }
  return s;
}

function thinBlocks(b: CityBlocks): CityBlocks {
  // A ruko and its roof share x and z, so the same test keeps or drops both.
  const keepRuko = (p: { x: number; z: number }) =>
    Math.hypot(p.x, p.z) <= PHONE_NEAR_RUKO_M ||
    hash2(Math.round(p.x), Math.round(p.z)) < PHONE_FAR_RUKO_KEEP;
  // stilts[i] and stiltRoofs[i] are one house; Lae-Lae's (on the water, y > 0) always stay.
  const keepStilt = (i: number) => (b.stilts[i]?.y ?? 0) !== 0 || i % 3 === 0;
  return {
    ...b,
    ruko: b.ruko.filter(keepRuko),
    rukoRoofs: b.rukoRoofs.filter(keepRuko),
    stilts: b.stilts.filter((_, i) => keepStilt(i)),
    stiltRoofs: b.stiltRoofs.filter((_, i) => keepStilt(i)),
    containers: b.containers.filter((c) => c.y < PHONE_MAX_STACK_M),
  };
}

function thinVegetation(v: Vegetation): Vegetation {
  return {
    palms: v.palms.filter((_, i) => i % 2 === 0),
    trees: v.trees.filter((_, i) => i % 2 === 0),
    bushes: v.bushes.filter((_, i) => i % 3 === 0),
  };
}
