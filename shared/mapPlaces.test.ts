import { describe, expect, it } from 'vitest';
import { layoutCity } from './layout.ts';
import { LANDMARKS, travelTarget } from './mapPlaces.ts';
import { isWalkable } from './movement.ts';
import { REGISTRY } from './registry.ts';

const layout = layoutCity(REGISTRY);

describe('map places', () => {
  it.each(LANDMARKS.map((l) => [l.id, l] as const))('%s: arrival is walkable ground', (_, l) => {
    expect(isWalkable(layout, l.arrival.x, l.arrival.z)).toBe(true);
  });

  it('landmark ids are unique and never an organisation id or the plaza', () => {
    const ids = LANDMARKS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).not.toBe('plaza');
      expect(REGISTRY.organisations.some((o) => o.id === id)).toBe(false);
    }
  });

  it('takes a visitor to the plaza, a booth or a landmark, and nowhere else', () => {
    expect(travelTarget(layout, 'plaza')).toEqual(layout.spawn);
    const booth = layout.booths[3];
    if (!booth) throw new Error('no booths');
    expect(travelTarget(layout, booth.id)).toEqual(booth.approach);
    expect(travelTarget(layout, 'losari')).toEqual(LANDMARKS.find((l) => l.id === 'losari')?.arrival);
    for (const bad of ['', 'nowhere', 'Balai-Kota', '__proto__', 'constructor', 'toString']) {
      expect(travelTarget(layout, bad)).toBeNull();
    }
  });
});
