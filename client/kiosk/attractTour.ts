// The kiosk's attract loop as data (client only): the stops of the camera tour — landmarks, booths
// with their live figures, the public sessions, the rapor — and the point the camera circles now.
// `attractFocus` is plain module state (like input/intent.ts): AttractLoop writes it, AttractCamera
// reads it each frame; no React renders.
import {
  BALAI_KOTA,
  FLOATING_MOSQUE,
  FORT,
  KAREBOSI,
  LOSARI,
  MANDALA,
  RAPOR_WALL,
  SESSION_BOARD,
} from '../../shared/cityPlan.ts';
import type { CityLayout } from '../../shared/layout.ts';

export type TourStop =
  | { kind: 'landmark'; name: string; x: number; z: number; radius: number; height: number }
  | { kind: 'booth'; id: string; x: number; z: number; radius: number; height: number }
  | { kind: 'sessions'; x: number; z: number; radius: number; height: number }
  | { kind: 'rapor'; x: number; z: number; radius: number; height: number };

/** What the camera circles: a point, at a radius and height (metres); inactive outside the attract loop. */
export const attractFocus = { active: false, x: 0, z: 0, radius: 40, height: 25, reducedMotion: false };

/** Booths shown per round of the tour (spread over the quarter). */
const BOOTHS_PER_ROUND = 4;

const centre = (b: { minX: number; maxX: number; minZ: number; maxZ: number }) => ({
  x: (b.minX + b.maxX) / 2,
  z: (b.minZ + b.maxZ) / 2,
});

/** Round `round` of the tour: landmarks and booths interleaved with the sessions and the rapor. */
export function tourStops(layout: CityLayout, round: number): TourStop[] {
  const hall = centre(BALAI_KOTA.hall);
  const karebosi = centre(KAREBOSI);
  const landmarks: TourStop[] = [
    { kind: 'landmark', name: 'Balai Kota Makassar', x: hall.x, z: hall.z, radius: 55, height: 28 },
    {
      kind: 'landmark',
      name: 'Pantai Losari',
      x: LOSARI.letters.x,
      z: LOSARI.letters.z,
      radius: 45,
      height: 16,
    },
    {
      kind: 'landmark',
      name: 'Masjid Terapung',
      x: FLOATING_MOSQUE.x,
      z: FLOATING_MOSQUE.z,
      radius: 55,
      height: 22,
    },
    { kind: 'landmark', name: 'Fort Rotterdam', x: FORT.centre.x, z: FORT.centre.z, radius: 70, height: 40 },
    { kind: 'landmark', name: 'Lapangan Karebosi', x: karebosi.x, z: karebosi.z, radius: 60, height: 35 },
    { kind: 'landmark', name: 'Monumen Mandala', x: MANDALA.x, z: MANDALA.z, radius: 60, height: 30 },
  ];
  const step = Math.max(1, Math.floor(layout.booths.length / BOOTHS_PER_ROUND));
  const booths: TourStop[] = [];
  for (let i = 0; i < Math.min(BOOTHS_PER_ROUND, layout.booths.length); i++) {
    const b = layout.booths[(i * step + round) % layout.booths.length];
    if (b) booths.push({ kind: 'booth', id: b.id, x: b.x, z: b.z + b.facing * 2, radius: 16, height: 7 });
  }
  const sessions: TourStop = {
    kind: 'sessions',
    x: SESSION_BOARD.x,
    z: SESSION_BOARD.z,
    radius: 18,
    height: 6,
  };
  const rapor: TourStop = { kind: 'rapor', x: RAPOR_WALL.x, z: RAPOR_WALL.z, radius: 20, height: 7 };
  const stops: TourStop[] = [];
  const lm = (i: number) => landmarks[(round * 2 + i) % landmarks.length] as TourStop;
  stops.push(lm(0), ...booths.slice(0, 2), sessions, lm(1), ...booths.slice(2), rapor);
  return stops;
}
