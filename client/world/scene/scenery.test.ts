// The light scene's lists (scenery.ts): one layout gives a full and a thinned plan, each computed once;
// the thinned one keeps every road and a subset of everything decorative. Runs in Node.
import { describe, expect, it } from 'vitest';
import { layoutCity } from '../../../shared/layout.ts';
import { REGISTRY } from '../../../shared/registry.ts';
import { planScenery } from './scenery.ts';

const layout = layoutCity(REGISTRY);

describe('planScenery', () => {
  it('thins the decorative lists of the light scene and keeps every road', () => {
    const full = planScenery(layout, false);
    const light = planScenery(layout, true);
    expect(light.roads).toBe(full.roads);
    expect(light.blocks.ruko.length).toBeLessThan(full.blocks.ruko.length);
    expect(light.blocks.stilts.length).toBeLessThan(full.blocks.stilts.length);
    expect(light.vegetation.palms.length).toBeLessThan(full.vegetation.palms.length);
    for (const r of light.blocks.ruko) expect(full.blocks.ruko).toContain(r);
    expect(light.blocks.towers).toEqual(full.blocks.towers);
  });

  it('computes each plan once per layout, whichever is asked for first', () => {
    const other = layoutCity(REGISTRY);
    const light = planScenery(other, true);
    expect(planScenery(other, true)).toBe(light);
    expect(planScenery(other, false)).toBe(planScenery(other, false));
    expect(planScenery(other, false)).not.toBe(light);
  });
});
