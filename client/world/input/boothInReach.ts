// Which booth the "open" prompt names (client only, pure): the booth nearest to the visitor once the
// camera's view is weighed in — a booth straight ahead of the camera counts VIEW_WEIGHT_M nearer, one
// behind it VIEW_WEIGHT_M farther. So the prompt names the booth that fills the view, reaching across
// the 12 m street to it, and never one behind the camera, even with the visitor's back against it.
import { BOOTH_DEPTH_M, BOOTH_REACH_M, type BoothPlacement } from '../../../shared/layout.ts';

const VIEW_WEIGHT_M = 6;

/**
 * `at`: the visitor (metres); `view`: the camera's horizontal looking direction (unit length).
 * Returns the organisation id, or null when no booth is in reach.
 */
export function boothInReach(
  booths: readonly BoothPlacement[],
  at: { x: number; z: number },
  view: { x: number; z: number },
): string | null {
  let best: string | null = null;
  let bestScore = BOOTH_REACH_M;
  for (const b of booths) {
    const dx = b.x - at.x;
    const dz = b.z + (b.facing * BOOTH_DEPTH_M) / 2 - at.z;
    const d = Math.hypot(dx, dz);
    if (d > BOOTH_REACH_M + VIEW_WEIGHT_M) continue;
    const ahead = d > 1e-6 ? (dx * view.x + dz * view.z) / d : 1;
    const score = d - VIEW_WEIGHT_M * ahead;
    if (score < bestScore) {
      bestScore = score;
      best = b.id;
    }
  }
  return best;
}
