// Name plates of the landmarks (client only): text and where each plate hangs. Metres; rotY turns
// the plate's front from +z (south) towards +x (east). Plates with `posts` stand on two posts.
import { BALAI_KOTA, FLOATING_MOSQUE, FORT, MANDALA } from '../../../shared/cityPlan.ts';

type Plate = {
  text: string;
  x: number;
  y: number;
  z: number;
  w: number;
  rotY: number;
  posts?: boolean;
};

const EAST = Math.PI / 2;
const WEST = -Math.PI / 2;
const fortWest = FORT.centre.x - FORT.width / 2;
const fortEast = FORT.centre.x + FORT.width / 2;

/** Aspect of a plate cell in the atlas (width / height). */
export const PLATE_ASPECT = 256 / 48;

export const LANDMARK_PLATES: readonly Plate[] = [
  { text: 'BALAI KOTA MAKASSAR', x: 0, y: 9.05, z: BALAI_KOTA.hall.maxZ + 6.45, w: 5.8, rotY: 0 },
  { text: 'BENTENG ROTTERDAM', x: fortWest - 1.75, y: 7.45, z: FORT.centre.z, w: 6.2, rotY: WEST },
  {
    text: 'FORT ROTTERDAM',
    x: fortEast + FORT.wallThickness / 2 + 0.04,
    y: 4.4,
    z: FORT.centre.z - 12,
    w: 7,
    rotY: EAST,
  },
  { text: 'LAPANGAN KAREBOSI', x: 20, y: 1.9, z: -26, w: 5.6, rotY: Math.PI + 0.5, posts: true },
  {
    text: 'MONUMEN MANDALA',
    x: MANDALA.x,
    y: 2.7,
    z: MANDALA.z - MANDALA.baseSize / 2 - 0.06,
    w: 6.4,
    rotY: Math.PI,
  },
  {
    text: 'MASJID AMIRUL MUKMININ',
    x: FLOATING_MOSQUE.x + 9.06,
    y: 6.3,
    z: FLOATING_MOSQUE.z,
    w: 6.4,
    rotY: EAST,
  },
  { text: 'ANJUNGAN PANTAI LOSARI', x: -91, y: 1.9, z: 24, w: 5.6, rotY: EAST - 0.35, posts: true },
];
