// Moves the local visitor each frame from keyboard, joystick or a click-to-walk target, with the
// same collision rules the server applies (shared/movement.ts) over the place's Walkable (the city's
// layout or the hall's floor), and, in the city, notices which booth is in reach (`booths`).
// Renders nothing; nothing here goes through React except the nearest-booth change.
import { useFrame } from '@react-three/fiber';
import { BOOTH_DEPTH_M, BOOTH_REACH_M, type BoothPlacement } from '../../../shared/layout.ts';
import { stepWithSliding, WALK_SPEED_MPS, type Walkable } from '../../../shared/movement.ts';
import { self } from '../../stores/motion.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { clearWalkTarget, joystick, keys, orbit, walkTarget } from './intent.ts';

const ARRIVE_M = 0.4;
const NEAR_CHECK_S = 0.2;
let sinceNearCheck = 0;

function nearestBooth(booths: readonly BoothPlacement[]): string | null {
  let best: string | null = null;
  let bestD = BOOTH_REACH_M;
  for (const b of booths) {
    const d = Math.hypot(self.x - b.x, self.z - (b.z + (b.facing * BOOTH_DEPTH_M) / 2));
    if (d < bestD) {
      bestD = d;
      best = b.id;
    }
  }
  return best;
}

type Props = { walkable: Walkable; booths?: readonly BoothPlacement[] };

export function SelfController({ walkable, booths }: Props) {
  useFrame((_, rawDelta) => {
    if (!self.placed) return;
    const delta = Math.min(rawDelta, 0.1);
    // Input in camera space: forward = away from the camera, right = screen right.
    let fwd = (keys.forward ? 1 : 0) - (keys.back ? 1 : 0) + joystick.y;
    const side = (keys.right ? 1 : 0) - (keys.left ? 1 : 0) + joystick.x;
    const sin = Math.sin(orbit.yaw);
    const cos = Math.cos(orbit.yaw);
    let dx = -sin * fwd + cos * side;
    let dz = -cos * fwd - sin * side;
    const target = walkTarget.point;
    if (fwd === 0 && side === 0 && target) {
      dx = target.x - self.x;
      dz = target.z - self.z;
      if (Math.hypot(dx, dz) < ARRIVE_M) clearWalkTarget();
      fwd = 1;
    }
    const len = Math.hypot(dx, dz);
    if (len > 1e-3 && (fwd !== 0 || side !== 0)) {
      const speed = WALK_SPEED_MPS * Math.min(1, target && !keys.forward ? 1 : len);
      const step = Math.min(speed * delta, target ? len : Number.POSITIVE_INFINITY);
      const next = stepWithSliding(walkable, self.x, self.z, (dx / len) * step, (dz / len) * step);
      const moved = Math.hypot(next.x - self.x, next.z - self.z);
      if (moved < step * 0.05) clearWalkTarget();
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
      useUiStore.getState().setNearBooth(nearestBooth(booths));
    }
  });
  return null;
}
