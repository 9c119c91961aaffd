// Movement rules shared by the client (local collision and sliding) and the server (checking every
// `move`). Pure functions of their arguments: time is passed in, never read. Metres and seconds.
import { type Box, hitsSolid, type Solid } from './geometry.ts';

/** Where walking is allowed: the city's layout, or the hall's (shared/session/hallPlan.ts). */
export type Walkable = { bounds: Box; solids: Solid[] };

export const WALK_SPEED_MPS = 6;
/** Avatars are discs of this radius for collision. */
export const AVATAR_RADIUS_M = 0.4;
/**
 * The server lets a visitor cover WALK_SPEED_MPS × SPEED_ALLOWANCE per second, banked up to
 * MOVE_BUDGET_MAX_M so that moves bunched by network jitter still pass; anything beyond is corrected.
 */
export const SPEED_ALLOWANCE = 1.35;
export const MOVE_BUDGET_MAX_M = 4;
/**
 * The client walks at most this far from the last pose it sent; the sender catches up at
 * MOVE_RATE_HZ. Kept under MOVE_BUDGET_MAX_M, so a machine too slow to send between two long frames
 * is slowed down, never corrected (snapped back) by the server.
 */
export const UNSENT_MAX_M = 3;

/** How much further the client may walk from `at` before the server hears of `sent` again (≤ 0: wait). */
export function unsentRoom(at: { x: number; z: number }, sent: { x: number; z: number }): number {
  return UNSENT_MAX_M - Math.hypot(at.x - sent.x, at.z - sent.z);
}
const SEGMENT_STEP_M = 0.5;

export function isWalkable(layout: Walkable, x: number, z: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(z)) return false;
  const b = layout.bounds;
  const r = AVATAR_RADIUS_M;
  if (x < b.minX + r || x > b.maxX - r || z < b.minZ + r || z > b.maxZ - r) return false;
  for (const s of layout.solids) if (hitsSolid(s, x, z, r)) return false;
  return true;
}

/** True when every point along the straight walk from a to b is walkable. */
export function isPathClear(layout: Walkable, ax: number, az: number, bx: number, bz: number): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, bz - az) / SEGMENT_STEP_M));
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    if (!isWalkable(layout, ax + (bx - ax) * t, az + (bz - az) * t)) return false;
  }
  return true;
}

/**
 * Client-side step with sliding: tries the full step, then each axis alone, so walking into a wall
 * at an angle slides along it. Returns the position actually reached.
 */
export function stepWithSliding(
  layout: Walkable,
  x: number,
  z: number,
  dx: number,
  dz: number,
): { x: number; z: number } {
  if (isWalkable(layout, x + dx, z + dz)) return { x: x + dx, z: z + dz };
  if (isWalkable(layout, x + dx, z)) return { x: x + dx, z };
  if (isWalkable(layout, x, z + dz)) return { x, z: z + dz };
  return { x, z };
}

/** Longest frame integrated, seconds: a tab back from the background does not leap across the city. */
export const MAX_FRAME_S = 0.5;
/** Longest sub-step, seconds: at WALK_SPEED_MPS one step (0.3 m) stays under an avatar's diameter. */
export const SUB_STEP_S = 0.05;

/**
 * Walks from (x, z) along the unit direction (dirX, dirZ) at `speedMps` for `dtS` seconds (clamped
 * to MAX_FRAME_S), in sub-steps of at most SUB_STEP_S with sliding, so that a frame of 0.25 s covers
 * the same ground as fifteen of 1/60 s; stops after `mostM` metres (a walk target reached).
 * Runs on the client each frame; the distance it covers per second stays within the server's check.
 */
export function walk(
  layout: Walkable,
  x: number,
  z: number,
  dirX: number,
  dirZ: number,
  speedMps: number,
  dtS: number,
  mostM = Number.POSITIVE_INFINITY,
): { x: number; z: number } {
  const dt = Math.min(Math.max(0, dtS), MAX_FRAME_S);
  const steps = Math.max(1, Math.ceil(dt / SUB_STEP_S));
  const stepM = (speedMps * dt) / steps;
  let left = mostM;
  let at = { x, z };
  for (let i = 0; i < steps && left > 0; i++) {
    const d = Math.min(stepM, left);
    const next = stepWithSliding(layout, at.x, at.z, dirX * d, dirZ * d);
    if (next.x === at.x && next.z === at.z) break;
    left -= d;
    at = next;
  }
  return at;
}

/** Distance budget the server keeps per visitor, refilled with time. */
export type MoveBudget = { metres: number; atMs: number };

export function freshBudget(nowMs: number): MoveBudget {
  return { metres: MOVE_BUDGET_MAX_M, atMs: nowMs };
}

export type MoveVerdict =
  | { ok: true; budget: MoveBudget }
  | { ok: false; reason: 'too-fast' | 'blocked' | 'out-of-world'; budget: MoveBudget };

/** Server check of one `move` from (fromX, fromZ) to (toX, toZ) received at nowMs. */
export function checkMove(
  layout: Walkable,
  from: { x: number; z: number },
  to: { x: number; z: number },
  budget: MoveBudget,
  nowMs: number,
): MoveVerdict {
  const elapsedS = Math.max(0, nowMs - budget.atMs) / 1000;
  const available = Math.min(MOVE_BUDGET_MAX_M, budget.metres + elapsedS * WALK_SPEED_MPS * SPEED_ALLOWANCE);
  const refilled: MoveBudget = { metres: available, atMs: nowMs };
  const b = layout.bounds;
  if (
    !Number.isFinite(to.x) ||
    !Number.isFinite(to.z) ||
    to.x < b.minX ||
    to.x > b.maxX ||
    to.z < b.minZ ||
    to.z > b.maxZ
  ) {
    return { ok: false, reason: 'out-of-world', budget: refilled };
  }
  const dist = Math.hypot(to.x - from.x, to.z - from.z);
  if (dist > available) return { ok: false, reason: 'too-fast', budget: refilled };
  // Sliding round a corner between two samples bends the walk; the straight chord would clip the
  // corner, so either axis-first dog-leg (the path sliding takes) is accepted as well.
  const clear =
    isPathClear(layout, from.x, from.z, to.x, to.z) ||
    (isPathClear(layout, from.x, from.z, to.x, from.z) && isPathClear(layout, to.x, from.z, to.x, to.z)) ||
    (isPathClear(layout, from.x, from.z, from.x, to.z) && isPathClear(layout, from.x, to.z, to.x, to.z));
  if (!clear) return { ok: false, reason: 'blocked', budget: refilled };
  return { ok: true, budget: { metres: available - dist, atMs: nowMs } };
}
