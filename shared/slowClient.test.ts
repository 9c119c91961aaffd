// A client too slow to send between frames (long frames, starved 10 Hz timer) must be slowed down
// by the unsent-distance cap, never snapped back by the server's move check.
import { describe, expect, it } from 'vitest';
import { layoutCity } from './layout.ts';
import {
  checkMove,
  freshBudget,
  MAX_FRAME_S,
  MOVE_BUDGET_MAX_M,
  UNSENT_MAX_M,
  unsentRoom,
  WALK_SPEED_MPS,
  walk,
} from './movement.ts';
import { REGISTRY } from './registry.ts';

const layout = layoutCity(REGISTRY);

/**
 * Walks north from the spawn for `frames` frames of `frameS` seconds each, sending the pose (received
 * by the server at once) only after every `framesPerSend`-th frame. Returns the server's rejections
 * and how far the client got.
 */
function walkSlowly(frames: number, frameS: number, framesPerSend: number, capped: boolean) {
  let at = { ...layout.spawn };
  let sent = { ...at };
  let server = { ...at };
  let budget = freshBudget(0);
  let rejected = 0;
  for (let f = 1; f <= frames; f++) {
    const most = capped ? unsentRoom(at, sent) : Number.POSITIVE_INFINITY;
    if (most > 0) at = walk(layout, at.x, at.z, 0, -1, WALK_SPEED_MPS, frameS, most);
    if (f % framesPerSend !== 0) continue;
    const verdict = checkMove(layout, server, at, budget, f * frameS * 1000);
    budget = verdict.budget;
    if (verdict.ok) server = { ...at };
    else {
      rejected++;
      at = { ...server }; // the correction
    }
    sent = { ...at };
  }
  return { rejected, walkedM: layout.spawn.z - server.z };
}

describe('a very slow client', () => {
  it('at 1 fps with a send only every other frame, is never corrected and still walks', () => {
    const { rejected, walkedM } = walkSlowly(10, 1, 2, true);
    expect(rejected).toBe(0);
    expect(walkedM).toBeGreaterThan(10);
  });

  it('without the cap the same client is corrected (the defect the cap removes)', () => {
    expect(walkSlowly(10, 1, 2, false).rejected).toBeGreaterThan(0);
  });

  it('at 60 fps with a send every sixth frame walks at full speed', () => {
    const { rejected, walkedM } = walkSlowly(60, 1 / 60, 6, true);
    expect(rejected).toBe(0);
    expect(walkedM).toBeCloseTo(WALK_SPEED_MPS * 1, 0);
  });

  it('one clamped frame fits the cap, and the cap fits the server budget', () => {
    expect(WALK_SPEED_MPS * MAX_FRAME_S).toBeLessThanOrEqual(UNSENT_MAX_M);
    expect(UNSENT_MAX_M).toBeLessThan(MOVE_BUDGET_MAX_M);
  });
});
