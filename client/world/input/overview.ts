// `?view=overview`: the camera orbit that shows the whole city — the booth quarter, Balai Kota and
// the floating mosque — around the spot it looks at (client only; three.js maths, no scene). A
// landscape screen keeps the fixed view the benchmarks measure; a portrait one (a phone) gets the
// turn and distance that fit those landmarks into its narrow view.
import { PerspectiveCamera, Vector3 } from 'three';
import { BALAI_KOTA, FLOATING_MOSQUE } from '../../../shared/cityPlan.ts';
import type { CityLayout } from '../../../shared/layout.ts';

export type Orbit = { yaw: number; pitch: number; distance: number };

/** The landscape overview (bench/client.ts measures this view). */
export const OVERVIEW: Orbit = { yaw: 0.5, pitch: 0.95, distance: 330 };
const PORTRAIT_PITCH = 1.05;
/**
 * Where the landmarks may lie, in normalised device coordinates (±1 = the screen's edges): clear of
 * the top bar, and above the chat and the joystick at the bottom of a phone.
 */
const FRAME_NDC = { x: 0.9, top: 0.85, bottom: -0.55 };
const YAW_STEPS = 36;
const MIN_M = 150;
/** Beyond this the far plane (1200 m) and the fog (1100 m) swallow the far side. */
const MAX_M = 800;
const LOOK_Y_M = 2.6;
const p = new Vector3();

/** Points that must be in view: the corners of the booth quarter and of the landmarks. */
function landmarks(layout: CityLayout): Vector3[] {
  const fp = layout.booths.map((b) => b.footprint);
  const minX = Math.min(...fp.map((f) => f.minX));
  const maxX = Math.max(...fp.map((f) => f.maxX));
  const minZ = Math.min(...fp.map((f) => f.minZ));
  const maxZ = Math.max(...fp.map((f) => f.maxZ));
  const m = FLOATING_MOSQUE;
  const h = BALAI_KOTA.hall;
  return [
    [minX, minZ],
    [maxX, minZ],
    [minX, maxZ],
    [maxX, maxZ],
    [m.x - m.size / 2, m.z - m.size / 2],
    [m.x + m.size / 2, m.z + m.size / 2],
    [h.minX, h.minZ],
    [h.maxX, h.minZ],
  ].map(([x, z]) => new Vector3(x, 0, z));
}

/** Whether every point is on screen for the orbit around `look` (as CameraRig places the camera). */
function fits(camera: PerspectiveCamera, points: Vector3[], look: { x: number; z: number }, o: Orbit) {
  const ground = o.distance * Math.cos(o.pitch);
  camera.position.set(
    look.x + Math.sin(o.yaw) * ground,
    1.5 + Math.sin(o.pitch) * o.distance,
    look.z + Math.cos(o.yaw) * ground,
  );
  camera.lookAt(look.x, LOOK_Y_M, look.z);
  camera.updateMatrixWorld();
  return points.every((q) => {
    p.copy(q).project(camera);
    return Math.abs(p.x) < FRAME_NDC.x && p.y < FRAME_NDC.top && p.y > FRAME_NDC.bottom && p.z < 1;
  });
}

/**
 * The overview orbit for a screen of `aspect` (width / height) and vertical field of view `fovDeg`,
 * the camera looking at `look` (the visitor's position). Portrait: of YAW_STEPS turns, the one that
 * fits the landmarks nearest; MAX_M if none fits.
 */
export function overviewOrbit(
  layout: CityLayout,
  aspect: number,
  fovDeg: number,
  look: { x: number; z: number },
): Orbit {
  if (aspect >= 1) return { ...OVERVIEW };
  const camera = new PerspectiveCamera(fovDeg, aspect, 0.3, 1200);
  const points = landmarks(layout);
  let best: Orbit = { yaw: OVERVIEW.yaw, pitch: PORTRAIT_PITCH, distance: MAX_M };
  for (let i = 0; i < YAW_STEPS; i++) {
    const o: Orbit = { yaw: (i / YAW_STEPS) * Math.PI * 2, pitch: PORTRAIT_PITCH, distance: MAX_M };
    if (!fits(camera, points, look, o)) continue;
    let lo = MIN_M;
    let hi = MAX_M;
    while (hi - lo > 2) {
      o.distance = (lo + hi) / 2;
      if (fits(camera, points, look, o)) hi = o.distance;
      else lo = o.distance;
    }
    o.distance = hi;
    if (o.distance < best.distance) best = o;
  }
  return best;
}
