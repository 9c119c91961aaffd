// What a tap on the city map means (client only, pure): the nearest booth or landmark to the tapped
// point within PICK_RADIUS_M (booths sit 12 m apart, so a phone-sized map can still be tapped by
// finger), or null for a tap on empty ground or the sea. Metres, world coordinates.
import type { CityLayout } from '../../../../shared/layout.ts';
import { LANDMARKS } from '../../../../shared/mapPlaces.ts';

/** Farthest a tap may land from a place's marker and still pick it. */
export const PICK_RADIUS_M = 14;

export type MapPlace = { kind: 'booth' | 'landmark'; id: string; label: string; x: number; z: number };

/** Every place the map shows and can take a visitor to: booths first, then landmarks. */
export function mapPlaces(layout: CityLayout): MapPlace[] {
  return [
    ...layout.booths.map((b) => ({
      kind: 'booth' as const,
      id: b.id,
      label: b.abbreviation,
      x: b.x,
      z: b.z,
    })),
    ...LANDMARKS.map((l) => ({ kind: 'landmark' as const, id: l.id, label: l.name, x: l.at.x, z: l.at.z })),
  ];
}

export function pickPlace(places: readonly MapPlace[], x: number, z: number): MapPlace | null {
  let best: MapPlace | null = null;
  let bestD = PICK_RADIUS_M;
  for (const p of places) {
    const d = Math.hypot(p.x - x, p.z - z);
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
