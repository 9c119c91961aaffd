// The tropical afternoon shared by lights, sky, sea and ground shadows (client only).
// SUN_DIR (a unit vector) points from the ground towards the sun: south-west by west, 45° up.
const SUN_ELEVATION_RAD = Math.PI / 4;
const SUN_BEARING = { x: -0.781, z: 0.625 };
export const SUN_DIR = {
  x: SUN_BEARING.x * Math.cos(SUN_ELEVATION_RAD),
  y: Math.sin(SUN_ELEVATION_RAD),
  z: SUN_BEARING.z * Math.cos(SUN_ELEVATION_RAD),
} as const;
export const SUN_COLOR = '#fff0d6';
export const SKY_ZENITH = '#3f86d6';
export const HORIZON = '#cde3ef';
/** Linear fog towards the horizon colour hides the edge of the drawn world (camera far = 1200 m). */
export const FOG_NEAR_M = 240;
export const FOG_FAR_M = 1100;
