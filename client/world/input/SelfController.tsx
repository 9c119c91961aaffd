// Moves the local visitor each frame from keyboard, joystick or a click-to-walk target, with the
// same collision rules the server applies (shared/movement.ts `walk`: the frame's whole delta time in
// sub-steps, so a slow machine walks as far per second as a fast one) over the place's Walkable (the
// city's layout or the hall's floor), and, in the city, notices which booth is in reach and in view
// (`booths`). Renders nothing; nothing here goes through React except the nearest-booth change.
import { useFrame } from '@react-three/fiber';
import type { BoothPlacement } from '../../../shared/layout.ts';
import { MAX_FRAME_S, unsentRoom, WALK_SPEED_MPS, type Walkable, walk } from '../../../shared/movement.ts';
import { self } from '../../stores/motion.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { boothInReach } from './boothInReach.ts';
import { clearWalkTarget, joystick, keys, orbit, walkTarget } from './intent.ts';

const ARRIVE_M = 0.4;
const NEAR_CHECK_S = 0.2;
let sinceNearCheck = 0;
const here = { x: 0, z: 0 };
const view = { x: 0, z: 0 };

type Props = { walkable: Walkable; booths?: readonly BoothPlacement[] };

export function SelfController({ walkable, booths }: Props) {
  useFrame((_, delta) => {
    if (!self.placed) return;
    // Input in camera space: forward = away from the camera, right = screen right.
    const fwd = (keys.forward ? 1 : 0) - (keys.back ? 1 : 0) + joystick.y;
    const side = (keys.right ? 1 : 0) - (keys.left ? 1 : 0) + joystick.x;
    const sin = Math.sin(orbit.yaw);
    const cos = Math.cos(orbit.yaw);
    let dx = -sin * fwd + cos * side;
    let dz = -cos * fwd - sin * side;
    const target = fwd === 0 && side === 0 ? walkTarget.point : null;
    if (target) {
      dx = target.x - self.x;
      dz = target.z - self.z;
    }
    const len = Math.hypot(dx, dz);
    if (target && len < ARRIVE_M) clearWalkTarget();
    // Ahead of what the server has heard by UNSENT_MAX_M: wait for the sender (a very slow frame rate).
    const unsent = unsentRoom(self, { x: self.sentX, z: self.sentZ });
    if (unsent <= 0) {
      // Stands still this frame, keeping its heading and walk animation, until the pose is sent.
    } else if (len > 1e-3 && (target || fwd !== 0 || side !== 0)) {
      // A half-pushed joystick walks slower; a walk target at full speed, stopping on it.
      const speed = WALK_SPEED_MPS * (target ? 1 : Math.min(1, len));
      const most = Math.min(target ? len : Number.POSITIVE_INFINITY, unsent);
      const next = walk(walkable, self.x, self.z, dx / len, dz / len, speed, delta, most);
      const moved = Math.hypot(next.x - self.x, next.z - self.z);
      // Blocked on the way to a tapped point: give up rather than push against the wall.
      if (target && moved < Math.min(most, speed * Math.min(delta, MAX_FRAME_S)) * 0.05) clearWalkTarget();
      self.x = next.x;
      self.z = next.z;
      self.heading = Math.atan2(dx, dz);
      self.anim = moved > 0.001 ? 'walk' : 'idle';
    } else {
      self.anim = 'idle';
    }
    sinceNearCheck += delta;
    if (booths && sinceNearCheck > NEAR_CHECK_S) {
      sinceNearCheck = 0;
      here.x = self.x;
      here.z = self.z;
      view.x = -sin;
      view.z = -cos;
      useUiStore.getState().setNearBooth(boothInReach(booths, here, view));
    }
  });
  return null;
}
