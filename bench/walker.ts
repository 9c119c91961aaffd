// Legal walking for bots: one fixed step per `move` tick (WALK_SPEED_MPS × 0.9 at MOVE_RATE_HZ), with
// the client's sliding and the server's own move check, so the server never has to correct a bot.
// A late timer only makes a bot slower, never too fast. Runs in Node.
import type { Box } from '../shared/geometry.ts';
import { type CityLayout, layoutCity } from '../shared/layout.ts';
import { checkMove, freshBudget, isWalkable, stepWithSliding, WALK_SPEED_MPS } from '../shared/movement.ts';
import { MOVE_RATE_HZ } from '../shared/protocol.ts';
import { REGISTRY } from '../shared/registry.ts';

export const LAYOUT: CityLayout = layoutCity(REGISTRY);
export const STEP_M = (WALK_SPEED_MPS * 0.9) / MOVE_RATE_HZ;
/** Roaming area: the plaza of Balai Kota, Karebosi and the western half of the booth quarter. */
export const ROAM_AREA: Box = { minX: -30, maxX: 150, minZ: -100, maxZ: 0 };
const ARRIVED_M = 0.3;
const MAX_STUCK_TICKS = 5;
const MAX_PICKS = 200;

export type Pose = { x: number; z: number; heading: number; anim: 'idle' | 'walk' };

export function randomWalkablePoint(area: Box): { x: number; z: number } {
  for (let i = 0; i < MAX_PICKS; i++) {
    const x = area.minX + Math.random() * (area.maxX - area.minX);
    const z = area.minZ + Math.random() * (area.maxZ - area.minZ);
    if (isWalkable(LAYOUT, x, z)) return { x, z };
  }
  return { ...LAYOUT.spawn };
}

/**
 * Walks towards `target` (or, when roaming, towards ever new random points in `area`); `tick()`
 * advances one step and returns the new pose, or null when there is nothing to send (arrived and idle).
 */
export class Walker {
  pose: Pose;
  private target: { x: number; z: number } | null;
  private readonly area: Box | null;
  private stuck = 0;
  private idleSent = false;

  constructor(start: { x: number; z: number }, goal: { area: Box } | { target: { x: number; z: number } }) {
    this.pose = { x: start.x, z: start.z, heading: 0, anim: 'idle' };
    this.area = 'area' in goal ? goal.area : null;
    this.target = 'target' in goal ? goal.target : null;
  }

  /** The server moved us (a correction): continue from there. */
  placeAt(x: number, z: number): void {
    Object.assign(this.pose, { x, z });
    this.stuck = 0;
  }

  get arrived(): boolean {
    return this.target !== null && this.area === null && this.distanceToTarget() <= ARRIVED_M;
  }

  tick(): Pose | null {
    if (this.area && (!this.target || this.distanceToTarget() <= ARRIVED_M || this.stuck > MAX_STUCK_TICKS)) {
      this.target = randomWalkablePoint(this.area);
      this.stuck = 0;
    }
    if (!this.target || this.arrived) {
      if (this.idleSent) return null;
      this.idleSent = true;
      return Object.assign(this.pose, { anim: 'idle' as const });
    }
    const dx = this.target.x - this.pose.x;
    const dz = this.target.z - this.pose.z;
    const len = Math.max(1e-9, Math.hypot(dx, dz));
    const k = Math.min(STEP_M, len) / len;
    const next = stepWithSliding(LAYOUT, this.pose.x, this.pose.z, dx * k, dz * k);
    const moved = Math.hypot(next.x - this.pose.x, next.z - this.pose.z);
    const now = Date.now();
    if (moved < STEP_M * 0.3) this.stuck++;
    if (moved === 0 || !checkMove(LAYOUT, this.pose, next, freshBudget(now), now).ok) {
      this.stuck++;
      return null;
    }
    this.idleSent = false;
    return Object.assign(this.pose, {
      x: next.x,
      z: next.z,
      heading: Math.atan2(dx, dz),
      anim: 'walk' as const,
    });
  }

  private distanceToTarget(): number {
    return this.target ? Math.hypot(this.target.x - this.pose.x, this.target.z - this.pose.z) : 0;
  }
}
