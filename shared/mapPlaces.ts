// Places a visitor can pick on the city map and be brought to ("go to"): the landmarks, each with
// where its marker sits on the map and a walkable arrival point in front of it; plus `travelTarget`,
// the one rule that turns a "go to" id (a booth's organisation id, a landmark id or 'plaza') into the
// point the server places the visitor at. Runs on server (travel) and client (map). Metres.
import {
  BALAI_KOTA,
  FLOATING_MOSQUE,
  FORT,
  KAREBOSI,
  LOSARI,
  MANDALA,
  RAPOR_WALL,
  SHORE_X,
} from './cityPlan.ts';
import type { CityLayout } from './layout.ts';

export type Landmark = {
  /** "go to" id; never an organisation id (tested). */
  id: string;
  /** Name shown on the map (a proper name: the same in every language). */
  name: string;
  /** Where the marker sits on the map. */
  at: { x: number; z: number };
  /** Where "go to" brings a visitor: walkable ground in front of the landmark. */
  arrival: { x: number; z: number };
};

export const LANDMARKS: readonly Landmark[] = [
  {
    id: 'balai-kota',
    name: 'Balai Kota',
    at: { x: 0, z: (BALAI_KOTA.hall.minZ + BALAI_KOTA.tower.maxZ) / 2 },
    arrival: { x: 0, z: BALAI_KOTA.hall.maxZ + 5 },
  },
  {
    id: 'fort-rotterdam',
    name: 'Fort Rotterdam',
    at: FORT.centre,
    arrival: { x: FORT.centre.x + FORT.width / 2 + 6, z: FORT.centre.z },
  },
  {
    id: 'karebosi',
    name: 'Lapangan Karebosi',
    at: { x: (KAREBOSI.minX + KAREBOSI.maxX) / 2, z: (KAREBOSI.minZ + KAREBOSI.maxZ) / 2 },
    arrival: { x: (KAREBOSI.minX + KAREBOSI.maxX) / 2, z: (KAREBOSI.minZ + KAREBOSI.maxZ) / 2 },
  },
  {
    id: 'mandala',
    name: 'Monumen Mandala',
    at: { x: MANDALA.x, z: MANDALA.z },
    arrival: { x: MANDALA.x, z: MANDALA.z - MANDALA.baseSize / 2 - 5 },
  },
  {
    id: 'losari',
    name: 'Pantai Losari',
    at: { x: LOSARI.letters.x, z: LOSARI.letters.z },
    arrival: { x: LOSARI.letters.x + 6, z: LOSARI.letters.z + LOSARI.letters.lengthM / 2 + 6 },
  },
  {
    id: 'masjid-terapung',
    name: 'Masjid Terapung',
    at: { x: FLOATING_MOSQUE.x, z: FLOATING_MOSQUE.z },
    arrival: { x: SHORE_X + 6, z: FLOATING_MOSQUE.z },
  },
  {
    id: 'rapor',
    name: 'Rapor Kinerja',
    at: { x: RAPOR_WALL.x, z: RAPOR_WALL.z },
    arrival: { x: RAPOR_WALL.x - 5, z: RAPOR_WALL.z },
  },
];

/**
 * Where "go to" `to` brings a visitor: 'plaza' → the spawn, an organisation id → its booth's
 * approach point, a landmark id → its arrival point; null for anything else.
 */
export function travelTarget(layout: CityLayout, to: string): { x: number; z: number } | null {
  if (to === 'plaza') return layout.spawn;
  const booth = layout.booths.find((b) => b.id === to);
  if (booth) return booth.approach;
  return LANDMARKS.find((l) => l.id === to)?.arrival ?? null;
}
