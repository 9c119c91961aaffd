// Height of the hall's floor under a point (client only): the raised stage (and the wall-side strip
// behind it) at HALL.stageHeightM, the hall floor at 0. Avatars on stage stand on it. Metres.
import { HALL } from '../../../shared/session/hallPlan.ts';

export function hallGroundY(x: number, z: number): number {
  const s = HALL.stage;
  return x >= s.minX && x <= s.maxX && z <= s.maxZ ? HALL.stageHeightM : 0;
}
