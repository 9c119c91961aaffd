import { describe, expect, it } from 'vitest';
import { layoutCity } from '../../../../shared/layout.ts';
import { REGISTRY } from '../../../../shared/registry.ts';
import { mapPlaces, PICK_RADIUS_M, pickPlace } from './mapPick.ts';

const layout = layoutCity(REGISTRY);
const places = mapPlaces(layout);

describe('map pick', () => {
  it('lists every booth and the landmarks', () => {
    expect(places.filter((p) => p.kind === 'booth')).toHaveLength(layout.booths.length);
    expect(places.some((p) => p.id === 'fort-rotterdam')).toBe(true);
  });

  it('picks the booth nearest to the tap, never its neighbour', () => {
    for (const b of layout.booths) {
      expect(pickPlace(places, b.x + 3, b.z - 2)?.id).toBe(b.id);
    }
  });

  it('picks nothing on empty ground or far out at sea', () => {
    expect(pickPlace(places, -400, 0)).toBeNull();
    expect(pickPlace(places, -50, 30)).toBeNull();
    expect(pickPlace(places, Number.NaN, 0)).toBeNull();
    expect(pickPlace([], 0, 0)).toBeNull();
    expect(PICK_RADIUS_M).toBeLessThan(20);
  });
});
