// Third-person camera: follows the local avatar, orbited by dragging (mouse or touch) on the canvas.
// Pitch is clamped so the camera always stays above the ground, and the camera is pulled in front of
// any building or booth between it and the avatar — and, in an enclosed place (the hall), in front of
// its walls (the Walkable's bounds). However far it is pulled in, it stays MIN_CAMERA_M from the
// avatar's head by rising over it (looking down over the shoulder), and it never lags into the head
// while the avatar walks towards it; once the way behind is clear it swings back out. Renders nothing.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { hitsSolid } from '../../../shared/geometry.ts';
import type { Walkable } from '../../../shared/movement.ts';
import { self } from '../../stores/motion.ts';
import { orbit } from './intent.ts';

const MIN_PITCH = 0.12;
const MAX_PITCH = 1.35;
const DRAG_RAD_PER_PX = 0.006;
const CAMERA_PAD_M = 0.6;
const PROBE_STEP_M = 0.5;
const LOOK_Y_M = 2.6;
/** Closest the camera comes to the avatar's head (metres), pulled in or catching up. */
const MIN_CAMERA_M = 3;
/** Height of the avatar's head centre above its feet (avatarRig.ts), metres. */
const HEAD_Y_M = 1.65;
/** Above this height (metres) the camera clears every building: no pulling in (the overview). */
const CLEAR_ABOVE_M = 40;
const target = new Vector3();
const wanted = new Vector3();
const head = new Vector3();

/** True when (x, z) is more than CAMERA_PAD_M inside the bounds of `area`. */
function inside(area: Walkable, x: number, z: number): boolean {
  const b = area.bounds;
  const p = CAMERA_PAD_M;
  return x > b.minX + p && x < b.maxX - p && z > b.minZ + p && z < b.maxZ - p;
}

/** How far the camera can stay from the avatar along the ground direction (dx, dz) before a solid
 * (or, when `enclosed`, the bounds). */
function clearDistance(area: Walkable, enclosed: boolean, dx: number, dz: number, most: number): number {
  for (let d = PROBE_STEP_M; d <= most; d += PROBE_STEP_M) {
    const x = self.x + dx * d;
    const z = self.z + dz * d;
    if (enclosed && !inside(area, x, z)) return Math.max(1.5, d - PROBE_STEP_M);
    for (const s of area.solids) if (hitsSolid(s, x, z, CAMERA_PAD_M)) return Math.max(1.5, d - PROBE_STEP_M);
  }
  return most;
}

/** `lookY`: the height above the ground the camera looks at, over the avatar (metres); the hall
 * looks higher, towards its stage screen. */
type Props = { walkable: Walkable; enclosed?: boolean; lookY?: number };

export function CameraRig({ walkable, enclosed = false, lookY = LOOK_Y_M }: Props) {
  const { camera, gl } = useThree();

  useEffect(() => {
    const el = gl.domElement;
    const drags = new Map<number, { x: number; y: number }>();
    const down = (e: PointerEvent) => drags.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const move = (e: PointerEvent) => {
      const last = drags.get(e.pointerId);
      if (!last) return;
      orbit.yaw -= (e.clientX - last.x) * DRAG_RAD_PER_PX;
      orbit.pitch = Math.min(
        MAX_PITCH,
        Math.max(MIN_PITCH, orbit.pitch + (e.clientY - last.y) * DRAG_RAD_PER_PX),
      );
      drags.set(e.pointerId, { x: e.clientX, y: e.clientY });
    };
    const up = (e: PointerEvent) => drags.delete(e.pointerId);
    const wheel = (e: WheelEvent) => {
      orbit.distance = Math.min(30, Math.max(5, orbit.distance * (1 + Math.sign(e.deltaY) * 0.1)));
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: true });
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
    };
  }, [gl]);

  useFrame((_, delta) => {
    const dx = Math.sin(orbit.yaw);
    const dz = Math.cos(orbit.yaw);
    const most = orbit.distance * Math.cos(orbit.pitch);
    const high = 1.5 + Math.sin(orbit.pitch) * orbit.distance > CLEAR_ABOVE_M;
    const ground = high ? most : clearDistance(walkable, enclosed, dx, dz, most);
    const d = ground / Math.cos(orbit.pitch);
    // Pulled in close, the camera rises until it is MIN_CAMERA_M from the head.
    const rise = Math.sqrt(Math.max(0, MIN_CAMERA_M * MIN_CAMERA_M - ground * ground));
    const y = Math.max(1, 1.5 + Math.sin(orbit.pitch) * d, HEAD_Y_M + rise);
    wanted.set(self.x + dx * ground, y, self.z + dz * ground);
    // Look a little above the head so the view opens up towards the horizon — but never upwards from
    // a camera pulled in low (by a wall or a solid), which would show only the ceiling or the sky.
    target.set(self.x, Math.min(lookY, wanted.y), self.z);
    camera.position.lerp(wanted, 1 - Math.exp(-12 * delta));
    // Catching up must not pass through the avatar: push the camera out to MIN_CAMERA_M from the head.
    head.set(self.x, HEAD_Y_M, self.z);
    const near = camera.position.distanceTo(head);
    if (near < MIN_CAMERA_M) {
      if (near < 1e-3) camera.position.copy(wanted);
      else
        camera.position
          .sub(head)
          .multiplyScalar(MIN_CAMERA_M / near)
          .add(head);
    }
    camera.lookAt(target);
  });
  return null;
}
