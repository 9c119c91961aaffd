// The generated scenery of a layout (client only), computed once per layout and shared by the
// components that draw it or its shadows: roads, vegetation and the background city blocks.
import type { CityLayout } from '../../../shared/layout.ts';
import { type CityBlocks, cityBlocks } from './cityBlocks.ts';
import { cityRoads, type Road } from './roads.ts';
import { placeVegetation, type Vegetation } from './vegetation.ts';

type Scenery = { roads: Road[]; vegetation: Vegetation; blocks: CityBlocks };

const cache = new WeakMap<CityLayout, Scenery>();

export function planScenery(layout: CityLayout): Scenery {
  let s = cache.get(layout);
  if (!s) {
    const roads = cityRoads(layout);
    s = { roads, vegetation: placeVegetation(layout, roads), blocks: cityBlocks(layout) };
    cache.set(layout, s);
  }
  return s;
}
