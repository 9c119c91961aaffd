// checkMove: the server-side move check, including long jittery 10 Hz walks that must never be rejected.
import { describe, expect, it } from 'vitest';
import { BALAI_KOTA, FORT, LOSARI, SHORE_X } from './cityPlan.ts';
import { layoutCity } from './layout.ts';
import {
  AVATAR_RADIUS_M,
  checkMove,
  freshBudget,
  isPathClear,
  isWalkable,
  MOVE_BUDGET_MAX_M,
  type MoveBudget,
  SPEED_ALLOWANCE,
  stepWithSliding,
  WALK_SPEED_MPS,
} from './movement.ts';
import { MOVE_RATE_HZ } from './protocol.ts';
import { seeded as prng } from './random.ts';
import { REGISTRY } from './registry.ts';

const layout = layoutCity(REGISTRY);
const { bounds, spawn } = layout;
const hall = BALAI_KOTA.hall;
const r = AVATAR_RADIUS_M;
/** Metres the budget regains per millisecond. */
const REFILL_M_PER_MS = (WALK_SPEED_MPS * SPEED_ALLOWANCE) / 1000;

type Sample = { sentMs: number; x: number; z: number };

/**
 * A resident walking at WALK_SPEED_MPS, stepped at 60 fps with sliding (as the client does), turning
 * every 0.5–3 s towards a random point near a building corner so that the walk keeps grazing walls
 * and rounding corners. Sends its position at MOVE_RATE_HZ (on the first frame after each period).
 */
function walk(seed: number, samples: number): Sample[] {
  const rand = prng(seed);
  const frameMs = 1000 / 60;
  const periodMs = 1000 / MOVE_RATE_HZ;
  const corners = [hall, BALAI_KOTA.tower, ...layout.booths.slice(0, 4).map((b) => b.footprint)];
  let pos = { x: spawn.x, z: spawn.z };
  let heading = 0;
  let nextTurnMs = 0;
  let nextSendMs = periodMs;
  const out: Sample[] = [];
  for (let t = frameMs; out.length < samples; t += frameMs) {
    if (t >= nextTurnMs) {
      const c = corners[Math.floor(rand() * corners.length)] ?? hall;
      const tx = (rand() < 0.5 ? c.minX : c.maxX) + (rand() - 0.5) * 6;
      const tz = (rand() < 0.5 ? c.minZ : c.maxZ) + (rand() - 0.5) * 6;
      heading = Math.atan2(tz - pos.z, tx - pos.x) + (rand() - 0.5);
      nextTurnMs = t + 500 + rand() * 2500;
    }
    const d = (WALK_SPEED_MPS * frameMs) / 1000;
    pos = stepWithSliding(layout, pos.x, pos.z, Math.cos(heading) * d, Math.sin(heading) * d);
    if (t >= nextSendMs) {
      out.push({ sentMs: t, ...pos });
      nextSendMs += periodMs;
    }
  }
  return out;
}

/**
 * Arrival times at the server: 20–150 ms of latency, in order (TCP), and now and then a 300 ms stall
 * after which the held-back moves arrive in a burst a millisecond or two apart.
 */
function arrivals(sent: Sample[], seed: number): number[] {
  const rand = prng(seed);
  let last = 0;
  return sent.map((s) => {
    const latency = 20 + rand() * 130 + (rand() < 0.03 ? 300 : 0);
    last = Math.max(last + rand() * 2.5, s.sentMs + latency);
    return last;
  });
}

/** Feeds the walk to checkMove as the server would; returns every rejection. */
function serverCheck(sent: Sample[], arrivedMs: number[]) {
  let budget = freshBudget(0);
  let from = { x: spawn.x, z: spawn.z };
  const rejected: Array<{ i: number; reason: string }> = [];
  sent.forEach((s, i) => {
    const verdict = checkMove(layout, from, s, budget, arrivedMs[i] ?? Number.NaN);
    budget = verdict.budget;
    if (verdict.ok) from = { x: s.x, z: s.z };
    else rejected.push({ i, reason: verdict.reason });
  });
  return rejected;
}

describe('checkMove', () => {
  it('accepts a normal step and spends its length from the budget', () => {
    const v = checkMove(layout, spawn, { x: spawn.x + 0.6, z: spawn.z }, freshBudget(0), 100);
    expect(v.ok).toBe(true);
    expect(v.budget.atMs).toBe(100);
    expect(v.budget.metres).toBeCloseTo(MOVE_BUDGET_MAX_M - 0.6, 9);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'never rejects a long, jittery, wall-grazing walk at walking speed (seed %i)',
    (seed) => {
      const sent = walk(seed, 3000);
      const arrivedMs = arrivals(sent, seed + 100);
      // The walk really is what it claims: full speed, real bursts and long gaps.
      const metres = sent.reduce(
        (sum, s, i) => sum + Math.hypot(s.x - (sent[i - 1]?.x ?? spawn.x), s.z - (sent[i - 1]?.z ?? spawn.z)),
        0,
      );
      expect(metres).toBeGreaterThan(3000 * 0.4);
      const gaps = arrivedMs.slice(1).map((t, i) => t - (arrivedMs[i] ?? 0));
      expect(gaps.filter((g) => g < 5).length).toBeGreaterThan(20);
      expect(gaps.some((g) => g >= 240)).toBe(true);
      expect(gaps.some((g) => g >= 40 && g <= 60)).toBe(true);
      expect(serverCheck(sent, arrivedMs)).toEqual([]);
    },
  );

  it('accepts a burst of three moves 2 ms apart after a 300 ms stall', () => {
    let budget = freshBudget(0);
    let from = { x: spawn.x, z: spawn.z };
    let now = 0;
    const stepM = WALK_SPEED_MPS / MOVE_RATE_HZ;
    // Walk normally for a while, then stall: three moves that were sent 100 ms apart land together.
    const schedule = [100, 200, 300, 400, 700, 702, 704, 800, 900];
    for (const t of schedule) {
      now = t;
      const to = { x: from.x + stepM, z: from.z };
      const v = checkMove(layout, from, to, budget, now);
      expect(v.ok, `move at ${t} ms`).toBe(true);
      budget = v.budget;
      from = to;
    }
  });

  it('rejects a teleport of 50 m in 100 ms as too fast', () => {
    const to = { x: spawn.x + 50, z: spawn.z };
    expect(isWalkable(layout, to.x, to.z)).toBe(true);
    const v = checkMove(layout, spawn, to, freshBudget(0), 100);
    expect(v).toMatchObject({ ok: false, reason: 'too-fast' });
  });

  it('caps the budget: standing still for a minute does not allow a 100 m (or even 10 m) jump', () => {
    const rested: MoveBudget = { metres: 0, atMs: 0 };
    const far = { x: spawn.x, z: spawn.z + 100 };
    expect(isWalkable(layout, far.x, far.z)).toBe(true);
    expect(checkMove(layout, spawn, far, rested, 60_000)).toMatchObject({ ok: false, reason: 'too-fast' });
    const ten = { x: spawn.x + 10, z: spawn.z };
    expect(checkMove(layout, spawn, ten, rested, 60_000)).toMatchObject({ ok: false, reason: 'too-fast' });
    const v = checkMove(layout, spawn, ten, rested, 60_000);
    expect(v.budget).toEqual({ metres: MOVE_BUDGET_MAX_M, atMs: 60_000 });
  });

  it('refills the budget with time, at the allowed speed', () => {
    const empty: MoveBudget = { metres: 0, atMs: 1000 };
    const allowed = 100 * REFILL_M_PER_MS;
    const ok = checkMove(layout, spawn, { x: spawn.x + allowed - 0.01, z: spawn.z }, empty, 1100);
    expect(ok.ok).toBe(true);
    const tooFar = checkMove(layout, spawn, { x: spawn.x + allowed + 0.01, z: spawn.z }, empty, 1100);
    expect(tooFar).toMatchObject({ ok: false, reason: 'too-fast' });
  });

  it('drains the budget: a second full-budget move at the same instant is too fast', () => {
    const first = checkMove(layout, spawn, { x: spawn.x + MOVE_BUDGET_MAX_M, z: spawn.z }, freshBudget(0), 0);
    expect(first.ok).toBe(true);
    const from = { x: spawn.x + MOVE_BUDGET_MAX_M, z: spawn.z };
    const second = checkMove(layout, from, { x: from.x + 1, z: from.z }, first.budget, 0);
    expect(second).toMatchObject({ ok: false, reason: 'too-fast' });
  });

  it('does not refill when time goes backwards', () => {
    const empty: MoveBudget = { metres: 0, atMs: 10_000 };
    const v = checkMove(layout, spawn, { x: spawn.x + 0.5, z: spawn.z }, empty, 5_000);
    expect(v).toMatchObject({ ok: false, reason: 'too-fast' });
    expect(v.budget.metres).toBe(0);
  });

  it('rejects walking into Balai Kota as blocked', () => {
    const from = { x: 0, z: hall.maxZ + 1 };
    const into = { x: 0, z: hall.maxZ - 2 };
    expect(checkMove(layout, from, into, freshBudget(0), 0)).toMatchObject({ ok: false, reason: 'blocked' });
    const west = { x: hall.minX - 1, z: (hall.minZ + hall.maxZ) / 2 };
    const inWest = { x: hall.minX + 2, z: west.z };
    expect(checkMove(layout, west, inWest, freshBudget(0), 0)).toMatchObject({
      ok: false,
      reason: 'blocked',
    });
  });

  it('rejects walking through a wall to a walkable point beyond it as blocked', () => {
    // From inside the fort courtyard, north through the 3 m north wall.
    const wallZ = FORT.centre.z - FORT.depth / 2;
    const inside = { x: FORT.centre.x, z: wallZ + FORT.wallThickness / 2 + r + 0.05 };
    const outside = { x: FORT.centre.x, z: wallZ - FORT.wallThickness / 2 - r - 0.05 };
    expect(isWalkable(layout, inside.x, inside.z) && isWalkable(layout, outside.x, outside.z)).toBe(true);
    expect(Math.hypot(outside.x - inside.x, outside.z - inside.z)).toBeLessThanOrEqual(MOVE_BUDGET_MAX_M);
    expect(checkMove(layout, inside, outside, freshBudget(0), 0)).toMatchObject({
      ok: false,
      reason: 'blocked',
    });
    // Through the red letters, a thinner solid.
    const { x, z } = LOSARI.letters;
    const v = checkMove(layout, { x: x - 1.5, z }, { x: x + 1.5, z }, freshBudget(0), 0);
    expect(v).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('accepts rounding a corner that the straight line between two samples would clip', () => {
    // Sliding east along the south face, then turning north-east past the corner.
    const from = { x: hall.maxX + r - 0.4, z: hall.maxZ + r + 0.01 };
    const to = { x: hall.maxX + r + 0.2, z: hall.maxZ + r - 0.2 };
    expect(isWalkable(layout, to.x, to.z)).toBe(true);
    expect(isPathClear(layout, from.x, from.z, to.x, to.z)).toBe(false);
    expect(checkMove(layout, from, to, freshBudget(0), 0).ok).toBe(true);
  });

  it('does not spend the budget on a rejected move', () => {
    const budget: MoveBudget = { metres: 2, atMs: 0 };
    const v = checkMove(layout, { x: 0, z: hall.maxZ + 1 }, { x: 0, z: hall.maxZ - 0.5 }, budget, 0);
    expect(v).toMatchObject({ ok: false, reason: 'blocked', budget: { metres: 2, atMs: 0 } });
  });

  it('rejects a step into the sea west of the shore', () => {
    const from = { x: SHORE_X + 1, z: 20 };
    expect(isWalkable(layout, from.x, from.z)).toBe(true);
    expect(checkMove(layout, from, { x: SHORE_X - 1, z: 20 }, freshBudget(0), 0)).toMatchObject({
      ok: false,
      reason: 'out-of-world',
    });
    // On land but closer to the water than an avatar's radius.
    expect(checkMove(layout, from, { x: SHORE_X + r / 2, z: 20 }, freshBudget(0), 0)).toMatchObject({
      ok: false,
    });
  });

  it.each([
    ['east', { x: bounds.maxX + 1, z: 0 }],
    ['north', { x: 0, z: bounds.minZ - 1 }],
    ['south', { x: 0, z: bounds.maxZ + 1 }],
    ['far away', { x: 1e9, z: -1e9 }],
  ])('rejects a move out of the world to the %s', (_, to) => {
    const budget: MoveBudget = { metres: 1e12, atMs: 0 };
    expect(checkMove(layout, spawn, to, budget, 0)).toMatchObject({ ok: false, reason: 'out-of-world' });
  });

  it.each([
    ['NaN x', { x: Number.NaN, z: spawn.z }],
    ['NaN z', { x: spawn.x, z: Number.NaN }],
    ['Infinity x', { x: Number.POSITIVE_INFINITY, z: spawn.z }],
    ['-Infinity z', { x: spawn.x, z: Number.NEGATIVE_INFINITY }],
  ])('rejects %s', (_, to) => {
    const v = checkMove(layout, spawn, to, freshBudget(0), 0);
    expect(v.ok).toBe(false);
    expect(Number.isFinite(v.budget.metres)).toBe(true);
  });
});
