// The generated scenery of a layout (client only), computed once per layout (and once more thinned) and shared by the
// components that draw it or its shadows: roads, vegetation and the background city blocks.
// In the light scene (../useLightScene.ts) the decorative lists are thinned: most far shophouses, two thirds of
// the kampung stilt houses (Lae-Lae keeps its own), the port's top container layer, half the palms and
// shade trees, two thirds of the bushes.

import type { CityLayout } from '../../../shared/layout.ts';
import { hash2 } from '../../../shared/random.ts';
import { type CityBlocks, cityBlocks } from './cityBlocks.ts';
import { cityRoads, type Road } from './roads.ts';
import { placeVegetation, type Vegetation } from './vegetation.ts';

type Scenery = { roads: Road[]; vegetation: Vegetation; blocks: CityBlocks };

/** Light scene: shophouses farther than this from the city centre (metres) are mostly dropped. */
const PHONE_NEAR_RUKO_M = 300;
/** Light scene: the share of far shophouses kept so the horizon is still a city. */
const PHONE_FAR_RUKO_KEEP = 0.15;

/** Light scene: container stacks at the port are at most two high (a box is 2.6 m). */
const PHONE_MAX_STACK_M = 5;

const cache = new WeakMap<CityLayout, { full?: Scenery; light?: Scenery }>();

/** `light`: the thinned lists of the light scene (../useLightScene.ts). */
export function planScenery(layout: CityLayout, light: boolean): Scenery {
  let plans = cache.get(layout);
  if (!plans) {
    plans = {};
    cache.set(layout, plans);
  }
  let full = plans.full;
  if (!full) {
    const roads = cityRoads(layout);
    full = { roads, vegetation: placeVegetation(layout, roads), blocks: cityBlocks(layout) };
    plans.full = full;
  }
  if (!light) return full;
  plans.light ??= { ...full, vegetation: thinVegetation(full.vegetation), blocks: thinBlocks(full.blocks) };
  return plans.light;
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
